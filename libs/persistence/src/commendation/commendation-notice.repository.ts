import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { NominationState } from '@cxzy/domain';
import type { CommendationPhase } from './commendation.repository.js';

/** A nomination as the public notice names it: names only, never a member id or ID number. */
export interface NoticeNomination {
  readonly nominationId: string;
  readonly nomineeKind: 'organisation' | 'member';
  /** Used to order the list only; the API does not return it. */
  readonly nomineeId: string;
  readonly nomineeName: string;
  readonly organisationName: string;
  readonly reason: string;
  readonly state: NominationState;
}

export interface CommendationNoticeRound {
  readonly title: string;
  readonly year: number;
  readonly phase: CommendationPhase;
  readonly gradingUnitName: string;
  readonly windowEndsAt: string | null;
}

/** The reads behind a round's public notice (公示 / 表彰名单). */
@Injectable()
export class CommendationNoticeRepository {
  constructor(private readonly dataSource: DataSource) {}

  async round(roundId: string): Promise<CommendationNoticeRound | null> {
    const [row] = (await this.dataSource.query(
      `SELECT r.title, r.year, r.phase, r.window_ends_at, u.name AS unit_name
         FROM commendation_rounds r JOIN organisations u ON u.id = r.grading_unit_id WHERE r.id = $1`,
      [roundId],
    )) as { title: string; year: number; phase: CommendationPhase; window_ends_at: Date | null; unit_name: string }[];
    if (!row) return null;
    return {
      title: row.title,
      year: row.year,
      phase: row.phase,
      gradingUnitName: row.unit_name,
      windowEndsAt: row.window_ends_at ? row.window_ends_at.toISOString() : null,
    };
  }

  async nominations(roundId: string): Promise<NoticeNomination[]> {
    const rows = (await this.dataSource.query(
      `SELECT n.id, n.nominee_kind, n.nominee_id, n.reason, n.state, org.name AS organisation_name,
              CASE WHEN n.nominee_kind = 'member' THEN m.name ELSE nominee.name END AS nominee_name
         FROM commendation_nominations n
         JOIN organisations org ON org.id = n.organisation_id
         LEFT JOIN members m ON n.nominee_kind = 'member' AND m.id = n.nominee_id
         LEFT JOIN organisations nominee ON n.nominee_kind = 'organisation' AND nominee.id = n.nominee_id
        WHERE n.round_id = $1 ORDER BY n.nominated_at, n.id`,
      [roundId],
    )) as {
      id: string;
      nominee_kind: 'organisation' | 'member';
      nominee_id: string;
      reason: string;
      state: NominationState;
      organisation_name: string;
      nominee_name: string | null;
    }[];
    return rows.map((r) => ({
      nominationId: r.id,
      nomineeKind: r.nominee_kind,
      nomineeId: r.nominee_id,
      nomineeName: r.nominee_name ?? '',
      organisationName: r.organisation_name,
      reason: r.reason,
      state: r.state,
    }));
  }
}
