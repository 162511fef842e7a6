import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CommendationPhase } from './commendation.repository.js';

export interface CommendationRoundSummary {
  readonly id: string;
  readonly title: string;
  readonly year: number;
  readonly phase: CommendationPhase;
  readonly windowEndsAt: string | null;
  readonly launchedAt: string;
  readonly nominations: number;
}

export interface CommendationObjectionRecord {
  readonly id: string;
  readonly nominationId: string;
  readonly reason: string;
  readonly status: 'open' | 'upheld' | 'rejected';
  readonly filedAt: string;
}

const iso = (value: unknown): string | null => (value instanceof Date ? value.toISOString() : null);

/** The console's reads of 学习先进: a unit's rounds, a round's objections, the nominees' names. */
@Injectable()
export class CommendationConsoleRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** A grading unit's rounds, newest first. */
  async roundsOfUnit(gradingUnitId: string): Promise<CommendationRoundSummary[]> {
    const rows = (await this.dataSource.query(
      `SELECT r.id, r.title, r.year, r.phase, r.window_ends_at, r.launched_at,
              (SELECT count(*)::int FROM commendation_nominations n WHERE n.round_id = r.id) AS nominations
         FROM commendation_rounds r WHERE r.grading_unit_id = $1 ORDER BY r.launched_at DESC, r.id LIMIT 200`,
      [gradingUnitId],
    )) as Record<string, unknown>[];
    return rows.map((r) => ({
      id: String(r['id']),
      title: String(r['title']),
      year: Number(r['year']),
      phase: r['phase'] as CommendationPhase,
      windowEndsAt: iso(r['window_ends_at']),
      launchedAt: iso(r['launched_at']) ?? '',
      nominations: Number(r['nominations']),
    }));
  }

  /** A round's 公示 objections, oldest first. */
  async objections(roundId: string): Promise<CommendationObjectionRecord[]> {
    const rows = (await this.dataSource.query(
      `SELECT o.id, o.nomination_id, o.reason, o.status, o.filed_at
         FROM commendation_objections o JOIN commendation_nominations n ON n.id = o.nomination_id
        WHERE n.round_id = $1 ORDER BY o.filed_at, o.id`,
      [roundId],
    )) as Record<string, unknown>[];
    return rows.map((r) => ({
      id: String(r['id']),
      nominationId: String(r['nomination_id']),
      reason: String(r['reason']),
      status: r['status'] as CommendationObjectionRecord['status'],
      filedAt: iso(r['filed_at']) ?? '',
    }));
  }

  /** The nominee's and the nominating organisation's names per nomination of a round. */
  async names(roundId: string): Promise<Map<string, { nomineeName: string; organisationName: string }>> {
    const rows = (await this.dataSource.query(
      `SELECT n.id, org.name AS organisation_name,
              CASE WHEN n.nominee_kind = 'member' THEN m.name ELSE nominee.name END AS nominee_name
         FROM commendation_nominations n
         JOIN organisations org ON org.id = n.organisation_id
         LEFT JOIN members m ON n.nominee_kind = 'member' AND m.id = n.nominee_id
         LEFT JOIN organisations nominee ON n.nominee_kind = 'organisation' AND nominee.id = n.nominee_id
        WHERE n.round_id = $1`,
      [roundId],
    )) as { id: string; organisation_name: string; nominee_name: string | null }[];
    return new Map(
      rows.map((r) => [r.id, { nomineeName: r.nominee_name ?? '', organisationName: r.organisation_name }]),
    );
  }
}
