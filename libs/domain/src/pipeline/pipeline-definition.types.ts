import type { LocalizedText } from '../domain.error.js';
import type { IndicatorCode } from './indicators.js';

/**
 * 流程定义 — the body of a pipeline definition: what an administrator configures per process kind
 * and per sector, publishes, and never edits again (a change is a new version). The body is plain
 * JSON (stored as jsonb, carried in workflow inputs), so every type here is data, never a class.
 */

/** Process kinds are data: 'grading-cycle' and 'pledge' ship with defaults, more may be added. */
export type ProcessKind = string;

// The roles of SPEC §1 are the roles a step's actor may have; the security and audit
// administrators (三员分立, ADR 0023) act in no process.
export const ACTOR_ROLES = ['administrator', 'supervisor', 'branch-secretary', 'member'] as const;
/** Who acts on a step (SPEC §1). */
export type ActorRole = (typeof ACTOR_ROLES)[number];

export const NAMED_LEVELS = ['self', 'superior', 'grading-unit'] as const;
/**
 * Where the actor sits along the leading line (SPEC §2), counted from the organisation the process
 * runs for: 'self', 'superior' (one hop up), 'grading-unit' (组织实施单位, the top of the scope),
 * or a number of hops up (1 = superior).
 */
export type LeadingLineLevel = (typeof NAMED_LEVELS)[number] | number;

/**
 * How many approvals a step needs: 或签 one / 会签 all / m 人中 n 人 / a share of the signers
 * (percent, rounded up) / 依次审批 all, one after another in the configured order.
 */
export type ApprovalQuorum =
  | { readonly kind: 'one' }
  | { readonly kind: 'all' }
  | NOfMQuorum
  | { readonly kind: 'ratio'; readonly percent: number }
  | { readonly kind: 'sequential' };
export interface NOfMQuorum {
  readonly kind: 'n-of-m';
  readonly n: number;
  readonly m: number;
}

export const ADD_SIGNER_POSITIONS = ['before', 'after', 'parallel'] as const;
/** 加签: 前加签 (the new signer decides first), 后加签 (after the adder), 并加签 (alongside). */
export type AddSignerPosition = (typeof ADD_SIGNER_POSITIONS)[number];

/**
 * What the approval operations may do on a step at run time. Absent (every definition published
 * before issue 12) means the defaults in `stepApprovalOptions`: no 加签, no 减签 of definition
 * signers, no copies, 催办 at most once an hour per task.
 */
export interface StepApprovalOptions {
  /** Which 加签 positions are allowed; empty = none. */
  readonly addSigner?: readonly AddSignerPosition[];
  /** How many signers may be added to one opening of the step (default 5 when adding is allowed). */
  readonly maxAddedSigners?: number;
  /** 减签 may also remove signers the definition named (signers added at run time may always be removed by their adder). */
  readonly removeDefinitionSigners?: boolean;
  /** 抄送: who is copied when the step opens (resolved along the leading line like the actor). */
  readonly cc?: readonly StepActor[];
  /** 催办 at most once per this many minutes per task (default 60). */
  readonly urgeIntervalMinutes?: number;
}

/**
 * A step's deadline, counted from the moment the step opens: calendar days, working days on the
 * 调休-aware calendar, or a fixed month-day of the round's year (yearOffset −1 = the previous year,
 * e.g. a window that starts "上年底").
 */
export type StepDeadline =
  | { readonly kind: 'calendar-days'; readonly days: number }
  | { readonly kind: 'working-days'; readonly days: number }
  | { readonly kind: 'fixed-date'; readonly monthDay: string; readonly yearOffset: number };

export const REMINDER_COLOURS = ['yellow', 'orange', 'red'] as const;
/**
 * When to remind the assignee: some days before, on, or after the deadline, or when a share of the
 * time is left (SPEC §6 rule 17: yellow at 30 % left, orange at 15 %, red when overdue).
 */
export type ReminderOffset =
  | {
      readonly when: 'before' | 'on' | 'after';
      readonly days: number;
      readonly colour?: (typeof REMINDER_COLOURS)[number];
    }
  | { readonly when: 'time-left'; readonly percent: number; readonly colour?: (typeof REMINDER_COLOURS)[number] };

/** One stage of an escalation: this many days after the deadline, the task goes to `level`. */
export interface EscalationStage {
  readonly level: LeadingLineLevel;
  readonly afterDays: number;
}

export interface StepActor {
  readonly role: ActorRole;
  readonly level: LeadingLineLevel;
}

export interface PipelineStep {
  /** Stable identifier (kebab-case); running processes refer to steps by key. */
  readonly key: string;
  readonly name: LocalizedText;
  readonly actor: StepActor;
  readonly quorum: ApprovalQuorum;
  readonly deadline?: StepDeadline;
  readonly reminders: readonly ReminderOffset[];
  /** Up the leading line only, each stage above the previous; empty = no escalation. */
  readonly escalation: readonly EscalationStage[];
  /** 加签 / 减签 / 抄送 / 催办 rules; absent = the defaults (see StepApprovalOptions). */
  readonly approval?: StepApprovalOptions;
}

export interface IndicatorEntry {
  readonly code: IndicatorCode;
  readonly name: LocalizedText;
  /** Points of this indicator; its items add up to it, the indicators add up to 100. */
  readonly weight: number;
}

export interface IndicatorItem {
  readonly key: string;
  readonly name: LocalizedText;
  /** Which of the seven indicators this item refines (SPEC §6 rule 3). */
  readonly indicator: IndicatorCode;
  readonly weight: number;
}

/** 评价指标体系 — the 100-point indicator sheet. */
export interface IndicatorSheet {
  readonly indicators: readonly IndicatorEntry[];
  readonly items: readonly IndicatorItem[];
}

export const ROUNDING_RULES = ['floor', 'ceil', 'round'] as const;
export type RoundingRule = (typeof ROUNDING_RULES)[number];

export const QUOTA_SCOPES = ['grading-unit', 'sector'] as const;
/**
 * Over which branches the quotas are counted: the whole grading unit (组织实施单位, the seed's
 * reading and the default when absent) or this sector's branches of the unit on their own.
 */
export type QuotaScope = (typeof QUOTA_SCOPES)[number];

/** 先进 / 一般 / 后进: score bands and the per-grading-unit quotas (SPEC §6 rules 6, 7). */
export interface TierRules {
  /** A score at or above this is a candidate for 先进. */
  readonly advancedMinScore: number;
  /** A score below this is 后进. */
  readonly laggingBelowScore: number;
  /** 先进比例不能过高: advanced ≤ this share of the unit. */
  readonly advancedMaxPercent: number;
  /** 确保有一定后进比例: lagging ≥ this share of the unit. */
  readonly laggingMinPercent: number;
  readonly advancedCapRounding: RoundingRule;
  readonly laggingFloorRounding: RoundingRule;
  /** The lagging quota applies only to units with at least this many branches. */
  readonly laggingQuotaMinScopeSize: number;
  /** Absent = 'grading-unit'. */
  readonly quotaScope?: QuotaScope;
}

export const VETO_KINDS = ['secretary-post-vacant', 'public-satisfaction-below', 'no-party-activity'] as const;
export type VetoKind = (typeof VETO_KINDS)[number];
/** 一票否决 — a condition that makes a branch 后进 whatever its score (SPEC §6 rule 8). */
export type VetoCondition =
  | { readonly kind: 'secretary-post-vacant'; readonly months: number }
  | { readonly kind: 'public-satisfaction-below'; readonly percent: number }
  | { readonly kind: 'no-party-activity'; readonly months: number };

/** 自评 / 党员群众评议 / 上级评定, in percent (SPEC §6 rule 4). */
export interface AppraisalWeights {
  readonly self: number;
  readonly membersAndPublic: number;
  readonly superior: number;
}

/** 参与面 — how many must take part before classification (SPEC §6 rule 5). */
export interface ParticipationThresholds {
  /** Share of the reachable members who must appraise (100 = every reachable member). */
  readonly reachableMembersPercent: number;
  /** Public raters as a share of the configured base. */
  readonly publicRatersPercentOfBase: number;
}

export interface PipelineDefinitionBody {
  /** The shape of this body; bumped only with a migration of stored bodies. */
  readonly schemaVersion: 1;
  readonly processKind: ProcessKind;
  readonly name: LocalizedText;
  readonly steps: readonly PipelineStep[];
  /** 公示 — publicity period of tier lists and commendations, in working days (SPEC §6 rule 11). */
  readonly publicityWorkingDays: number;
  /** The grading cycle needs the sections below; other kinds may omit them. */
  readonly indicatorSheet?: IndicatorSheet;
  readonly tiers?: TierRules;
  readonly vetoConditions?: readonly VetoCondition[];
  /** A branch with public satisfaction below this cannot be 先进 (SPEC §6 rule 9). */
  readonly advancedMinPublicSatisfactionPercent?: number;
  readonly appraisalWeights?: AppraisalWeights;
  readonly participation?: ParticipationThresholds;
  /** 三亮三比三评 — what the campaign kind needs (its rating channel, ranking and mapping). */
  readonly campaign?: CampaignRules;
  /** 学习先进 — what the commendation kind needs (vetting window and support threshold). */
  readonly commendation?: CommendationRules;
}

/** One item of the 三比 competition sheet (技能 / 作风 / 业绩 by default); weights add up to 100. */
export interface CompetitionItem {
  readonly key: string;
  readonly name: LocalizedText;
  readonly weight: number;
}

/** 三评 weights in percent of a subject's campaign score; they add up to 100. */
export interface CampaignWeights {
  readonly public: number;
  readonly peer: number;
  readonly leader: number;
  readonly competition: number;
}

/** A campaign score at or above `minScore` maps to this 群众评价 share (percent of the indicator). */
export interface PublicAppraisalBand {
  readonly minScore: number;
  readonly percent: number;
}

export interface CampaignRules {
  readonly competitionSheet: readonly CompetitionItem[];
  readonly weights: CampaignWeights;
  /** A public rating (0–100) below this opens a 整改存在问题 follow-up task for the unit. */
  readonly lowPublicScoreBelow: number;
  /** Calendar days the unit has to close a follow-up task. */
  readonly followUpDays: number;
  /** Bands, highest minScore first, mapping a unit's campaign score to the 群众评价 indicator. */
  readonly publicAppraisalMapping: readonly PublicAppraisalBand[];
}

export interface CommendationRules {
  /** How long members' and the public's opinions are collected on nominations (working days). */
  readonly vetWorkingDays: number;
  /** A nominee needs at least this share of supporting opinions to pass vetting. */
  readonly minSupportPercent: number;
  /** At most this many nominations per organisation in one round. */
  readonly maxNominationsPerOrganisation: number;
}

/**
 * What a running process holds: the exact published body of one version. A grading round or a
 * pledge keeps the snapshot it started with, whatever is published later.
 */
export interface PipelineDefinitionSnapshot {
  readonly definitionId: string;
  readonly processKind: ProcessKind;
  readonly sectorCode: string;
  readonly version: number;
  readonly body: PipelineDefinitionBody;
}
