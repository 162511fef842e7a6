import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type {
  CommendationRoundPhase,
  CommendationRules,
  Evidence,
  EvidenceStatus,
  Nomination,
  NominationState,
  OpinionStance,
} from '@cxzy/domain';

export type CommendationPhase = CommendationRoundPhase;

export interface CommendationRoundRecord {
  readonly id: string;
  readonly workflowId: string;
  readonly gradingUnitId: string;
  readonly title: string;
  readonly year: number;
  readonly rules: CommendationRules;
  readonly phase: CommendationPhase;
  readonly approvalProcessId: string | null;
  readonly definitionId: string;
  /** When the current 考察 or 公示 window closes by itself (null in the other phases). */
  readonly windowEndsAt: string | null;
}

export interface NominationRecord {
  readonly id: string;
  readonly roundId: string;
  readonly nomineeKind: 'organisation' | 'member';
  readonly nomineeId: string;
  readonly organisationId: string;
  readonly reason: string;
  readonly evidence: readonly Evidence[];
  readonly state: NominationState;
  readonly supportPercent: number | null;
}

type Row = Record<string, unknown>;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const toNomination = (row: Row): NominationRecord => ({
  id: String(row['id']),
  roundId: String(row['round_id']),
  nomineeKind: row['nominee_kind'] as 'organisation' | 'member',
  nomineeId: String(row['nominee_id']),
  organisationId: String(row['organisation_id']),
  reason: String(row['reason']),
  evidence: row['evidence'] as Evidence[],
  state: row['state'] as NominationState,
  supportPercent: row['support_percent'] === null ? null : Number(row['support_percent']),
});

/** Per evidence kind: does the record exist ($1), and is it the nominee's ($2 kind, $3 id)? */
const EVIDENCE_SQL: Record<Evidence['kind'], string> = {
  'grading-tier': `SELECT EXISTS (SELECT 1 FROM round_branches WHERE round_id = $1 AND final_tier IS NOT NULL) AS present,
       $2 = 'organisation' AND EXISTS (SELECT 1 FROM round_branches
         WHERE round_id = $1 AND organisation_id = $3::uuid AND final_tier IS NOT NULL) AS owned`,
  'pledge-evaluation': `SELECT p.id IS NOT NULL AS present,
       COALESCE(CASE WHEN $2 = 'organisation' THEN p.pledger_kind = 'branch' AND p.organisation_id = $3::uuid
                     ELSE p.member_id = $3::uuid OR $3::uuid = ANY (p.member_ids) END, false) AS owned
     FROM (SELECT 1) one LEFT JOIN pledges p ON p.id = $1 AND p.result IS NOT NULL`,
  'campaign-result': `SELECT EXISTS (SELECT 1 FROM campaign_results WHERE campaign_id = $1) AS present,
       EXISTS (SELECT 1 FROM campaign_results WHERE campaign_id = $1
         AND subject_kind = CASE WHEN $2 = 'organisation' THEN 'unit' ELSE 'member' END AND subject_id = $3::uuid) AS owned`,
};

/** 学习先进 storage: raw, parameterised SQL over the commendation tables. */
@Injectable()
export class CommendationRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insertRound(
    manager: EntityManager,
    round: Omit<CommendationRoundRecord, 'phase' | 'approvalProcessId' | 'windowEndsAt'> & {
      definitionVersion: number;
      launchedBy: string;
    },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO commendation_rounds (id, workflow_id, grading_unit_id, title, year, definition_id, definition_version,
         rules, phase, launched_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'nominate', $9)`,
      [
        round.id,
        round.workflowId,
        round.gradingUnitId,
        round.title,
        round.year,
        round.definitionId,
        round.definitionVersion,
        JSON.stringify(round.rules),
        round.launchedBy,
      ],
    );
  }

  async roundOfYear(gradingUnitId: string, year: number): Promise<string | null> {
    const [row] = (await this.dataSource.query(
      'SELECT id FROM commendation_rounds WHERE grading_unit_id = $1 AND year = $2 ORDER BY launched_at LIMIT 1',
      [gradingUnitId, year],
    )) as Row[];
    return row ? String(row['id']) : null;
  }

  async findRound(id: string, manager?: EntityManager, lock = false): Promise<CommendationRoundRecord | null> {
    const [row] = (await (manager ?? this.dataSource).query(
      `SELECT id, workflow_id, grading_unit_id, title, year, rules, phase, approval_process_id, definition_id,
              window_ends_at
         FROM commendation_rounds WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
      [id],
    )) as Row[];
    if (!row) return null;
    return {
      id: String(row['id']),
      workflowId: String(row['workflow_id']),
      gradingUnitId: String(row['grading_unit_id']),
      title: String(row['title']),
      year: Number(row['year']),
      rules: row['rules'] as CommendationRules,
      phase: row['phase'] as CommendationPhase,
      approvalProcessId: (row['approval_process_id'] as string | null) ?? null,
      definitionId: String(row['definition_id']),
      windowEndsAt: row['window_ends_at'] instanceof Date ? row['window_ends_at'].toISOString() : null,
    };
  }

  async setPhase(
    manager: EntityManager,
    id: string,
    phase: CommendationPhase,
    approvalProcessId?: string,
    windowEndsAt: Date | null = null,
  ): Promise<void> {
    await manager.query(
      `UPDATE commendation_rounds SET phase = $2, approval_process_id = COALESCE($3, approval_process_id),
         window_ends_at = $4 WHERE id = $1`,
      [id, phase, approvalProcessId ?? null, windowEndsAt],
    );
  }

  async insertNomination(
    manager: EntityManager,
    id: string,
    roundId: string,
    n: Nomination,
    by: string,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO commendation_nominations (id, round_id, nominee_kind, nominee_id, organisation_id, reason, evidence,
         state, nominated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'nominated', $8)`,
      [id, roundId, n.nomineeKind, n.nomineeId, n.organisationId, n.reason, JSON.stringify(n.evidence), by],
    );
  }

  async nominations(roundId: string, manager?: EntityManager): Promise<NominationRecord[]> {
    const rows = (await (manager ?? this.dataSource).query(
      `SELECT * FROM commendation_nominations WHERE round_id = $1 ORDER BY nominated_at, id`,
      [roundId],
    )) as Row[];
    return rows.map(toNomination);
  }

  async findNomination(id: string): Promise<NominationRecord | null> {
    const [row] = (await this.dataSource.query('SELECT * FROM commendation_nominations WHERE id = $1', [id])) as Row[];
    return row ? toNomination(row) : null;
  }

  async countFor(roundId: string, organisationId: string, nominee: { kind: string; id: string }) {
    const [row] = (await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE organisation_id = $2)::int AS of_org,
              count(*) FILTER (WHERE nominee_kind = $3 AND nominee_id = $4)::int AS same
         FROM commendation_nominations WHERE round_id = $1`,
      [roundId, organisationId, nominee.kind, nominee.id],
    )) as [{ of_org: number; same: number }];
    return { ofOrganisation: row.of_org, alreadyNominated: row.same > 0 };
  }

  /**
   * 佐证核实: what the records say of each cited piece of evidence (see `EvidenceStatus`). A grading
   * tier is cited by its round's id (the nominee organisation's final tier in it), a pledge
   * evaluation by the pledge's id (evaluated, the nominee's own or one they pledged with), a
   * campaign result by the campaign's id (the nominee ranked in it: a unit, or a member).
   */
  async evidenceStatuses(
    nominee: { kind: 'organisation' | 'member'; id: string },
    evidence: readonly Evidence[],
  ): Promise<EvidenceStatus[]> {
    const statuses: EvidenceStatus[] = [];
    for (const item of evidence) {
      if (!UUID.test(item.id) || !UUID.test(nominee.id)) {
        statuses.push('missing');
        continue;
      }
      const [row] = (await this.dataSource.query(EVIDENCE_SQL[item.kind], [item.id, nominee.kind, nominee.id])) as [
        { present: boolean; owned: boolean },
      ];
      statuses.push(!row.present ? 'missing' : row.owned ? 'found' : 'not-nominee');
    }
    return statuses;
  }

  async setNominationState(
    manager: EntityManager,
    id: string,
    state: NominationState,
    supportPercent?: number,
  ): Promise<void> {
    await manager.query(
      `UPDATE commendation_nominations SET state = $2, support_percent = COALESCE($3, support_percent) WHERE id = $1`,
      [id, state, supportPercent ?? null],
    );
  }

  async insertOpinion(
    manager: EntityManager,
    opinion: {
      id: string;
      nominationId: string;
      source: 'member' | 'public';
      stance: OpinionStance;
      comment: string | null;
    },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO commendation_opinions (id, nomination_id, source, stance, comment) VALUES ($1, $2, $3, $4, $5)`,
      [opinion.id, opinion.nominationId, opinion.source, opinion.stance, opinion.comment],
    );
  }

  async stances(manager: EntityManager, nominationId: string): Promise<OpinionStance[]> {
    const rows = (await manager.query('SELECT stance FROM commendation_opinions WHERE nomination_id = $1', [
      nominationId,
    ])) as { stance: OpinionStance }[];
    return rows.map((r) => r.stance);
  }

  async insertObjection(manager: EntityManager, id: string, nominationId: string, reason: string): Promise<void> {
    await manager.query(
      `INSERT INTO commendation_objections (id, nomination_id, reason, status) VALUES ($1, $2, $3, 'open')`,
      [id, nominationId, reason],
    );
  }

  /** Resolves an open objection; the nomination it concerns, or null when it was not open. */
  async resolveObjection(
    manager: EntityManager,
    id: string,
    status: 'upheld' | 'rejected',
    by: string,
  ): Promise<string | null> {
    const [rows] = (await manager.query(
      `UPDATE commendation_objections SET status = $2, resolved_by = $3 WHERE id = $1 AND status = 'open'
       RETURNING nomination_id`,
      [id, status, by],
    )) as [Row[], number];
    return rows[0] ? String(rows[0]['nomination_id']) : null;
  }

  async openObjections(manager: EntityManager, roundId: string): Promise<number> {
    const [row] = (await manager.query(
      `SELECT count(*)::int AS n FROM commendation_objections o JOIN commendation_nominations n ON n.id = o.nomination_id
        WHERE n.round_id = $1 AND o.status = 'open'`,
      [roundId],
    )) as [{ n: number }];
    return row.n;
  }
}
