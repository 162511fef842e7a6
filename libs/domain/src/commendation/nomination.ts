import { DomainError } from '../domain.error.js';
import type { CommendationRules } from '../pipeline/pipeline-definition.types.js';

/** 先进基层党组织 or 优秀共产党员. */
export const NOMINEE_KINDS = ['organisation', 'member'] as const;
export type NomineeKind = (typeof NOMINEE_KINDS)[number];

/** What a nomination may cite, each by the id of the record that holds it. */
export const EVIDENCE_KINDS = ['grading-tier', 'pledge-evaluation', 'campaign-result'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export interface Evidence {
  readonly kind: EvidenceKind;
  readonly id: string;
}

export interface Nomination {
  readonly nomineeKind: NomineeKind;
  readonly nomineeId: string;
  /** The organisation that nominates (its quota is counted). */
  readonly organisationId: string;
  readonly reason: string;
  readonly evidence: readonly Evidence[];
}

export const NOMINATION_REASON_MAX_LENGTH = 4000;
const MAX_EVIDENCE = 20;

const invalid = (field: string, zhCN: string, en: string) =>
  new DomainError('NOMINATION_INVALID', 'invalid', { zhCN, en }, field);

/**
 * 推荐: a nominee, a reason (事迹) and cited evidence, within the organisation's quota; the same
 * nominee is nominated once per round. Whether each evidence id exists is the caller's check
 * (it needs the database); here only its shape.
 */
export function checkNomination(
  input: { nomineeKind: unknown; nomineeId: unknown; organisationId: string; reason: unknown; evidence?: unknown },
  context: {
    rules: Pick<CommendationRules, 'maxNominationsPerOrganisation'>;
    nominationsOfOrganisation: number;
    alreadyNominated: boolean;
  },
): Nomination {
  if (typeof input.nomineeKind !== 'string' || !(NOMINEE_KINDS as readonly string[]).includes(input.nomineeKind)) {
    throw invalid('nomineeKind', '推荐对象应为 组织 或 党员', 'nomineeKind must be organisation or member');
  }
  if (typeof input.nomineeId !== 'string' || input.nomineeId.trim() === '') {
    throw invalid('nomineeId', '须指明推荐对象', 'nomineeId is required');
  }
  if (
    typeof input.reason !== 'string' ||
    input.reason.trim() === '' ||
    input.reason.length > NOMINATION_REASON_MAX_LENGTH
  ) {
    throw invalid(
      'reason',
      `推荐事迹应为 1–${NOMINATION_REASON_MAX_LENGTH} 字`,
      `reason must be 1–${NOMINATION_REASON_MAX_LENGTH} characters`,
    );
  }
  const evidence = checkEvidence(input.evidence ?? []);
  if (context.alreadyNominated) {
    throw new DomainError(
      'NOMINATION_DUPLICATE',
      'conflict',
      { zhCN: '该对象本轮已被推荐', en: 'this nominee is already nominated in this round' },
      'nomineeId',
    );
  }
  if (context.nominationsOfOrganisation >= context.rules.maxNominationsPerOrganisation) {
    throw new DomainError(
      'NOMINATION_QUOTA_EXCEEDED',
      'conflict',
      {
        zhCN: `每个组织本轮最多推荐 ${context.rules.maxNominationsPerOrganisation} 个`,
        en: `an organisation nominates at most ${context.rules.maxNominationsPerOrganisation} per round`,
      },
      'organisationId',
    );
  }
  return {
    nomineeKind: input.nomineeKind as NomineeKind,
    nomineeId: input.nomineeId,
    organisationId: input.organisationId,
    reason: input.reason.trim(),
    evidence,
  };
}

function checkEvidence(value: unknown): Evidence[] {
  if (!Array.isArray(value) || value.length > MAX_EVIDENCE) {
    throw invalid(
      'evidence',
      `佐证材料应为至多 ${MAX_EVIDENCE} 项的列表`,
      `evidence must be a list of at most ${MAX_EVIDENCE}`,
    );
  }
  const seen = new Set<string>();
  return value.map((raw: unknown, index) => {
    const item = raw as { kind?: unknown; id?: unknown } | null;
    if (
      typeof item !== 'object' ||
      item === null ||
      typeof item.kind !== 'string' ||
      !(EVIDENCE_KINDS as readonly string[]).includes(item.kind)
    ) {
      throw invalid(
        `evidence[${index}].kind`,
        '佐证类型应为 定级结果 / 承诺评议 / 三亮三比三评结果',
        `evidence kind must be one of ${EVIDENCE_KINDS.join(', ')}`,
      );
    }
    if (typeof item.id !== 'string' || item.id.trim() === '') {
      throw invalid(`evidence[${index}].id`, '佐证须给出记录标识', 'evidence needs the id of its record');
    }
    const key = `${item.kind}:${item.id}`;
    if (seen.has(key)) throw invalid(`evidence[${index}]`, '佐证重复', 'evidence is cited twice');
    seen.add(key);
    return { kind: item.kind as EvidenceKind, id: item.id };
  });
}

/**
 * What the records say about one cited piece of evidence: `found` (it exists and is the
 * nominee's), `missing` (no such record, or not yet decided: a tier not final, a pledge not
 * evaluated, a campaign not ranked) or `not-nominee` (it exists but is someone else's, or a kind
 * the nominee cannot hold — a grading tier is an organisation's).
 */
export type EvidenceStatus = 'found' | 'missing' | 'not-nominee';

const EVIDENCE_NAMES: Record<EvidenceKind, { zhCN: string; en: string }> = {
  'grading-tier': { zhCN: '定级结果', en: 'grading tier' },
  'pledge-evaluation': { zhCN: '承诺评议结果', en: 'pledge evaluation' },
  'campaign-result': { zhCN: '三亮三比三评结果', en: 'campaign result' },
};

/**
 * 佐证核实: every cited record must exist and belong to the nominee; the first that does not is
 * refused naming its field (`evidence[i].id`). `statuses[i]` is what the records say of `evidence[i]`.
 */
export function checkCitedEvidence(evidence: readonly Evidence[], statuses: readonly EvidenceStatus[]): void {
  evidence.forEach((item, index) => {
    const status = statuses[index] ?? 'missing';
    if (status === 'found') return;
    const name = EVIDENCE_NAMES[item.kind];
    if (status === 'missing') {
      throw new DomainError(
        'NOMINATION_EVIDENCE_NOT_FOUND',
        'invalid',
        { zhCN: `没有编号为 ${item.id} 的${name.zhCN}`, en: `no ${name.en} ${item.id}` },
        `evidence[${index}].id`,
      );
    }
    throw new DomainError(
      'NOMINATION_EVIDENCE_NOT_NOMINEE',
      'invalid',
      {
        zhCN: `${name.zhCN} ${item.id} 不属于被推荐对象`,
        en: `${name.en} ${item.id} does not belong to the nominee`,
      },
      `evidence[${index}].id`,
    );
  });
}
