import type { IsoDate } from '../calendar/calendar-date.js';
import type { PipelineDefinitionBody } from '../pipeline/pipeline-definition.types.js';

/**
 * What the grading step knows about each branch when it classifies: the three appraisal sources,
 * how many took part, and the facts the veto conditions look at. Plain JSON, so a workflow can
 * carry it in its history.
 */

/** Points per item key of the sector's indicator sheet, each from 0 to the item's weight. */
export interface ItemScores {
  readonly items: Readonly<Record<string, number>>;
}

/** One 100-point score for the whole sheet (e.g. aggregated from the raters' forms). */
export interface OverallScore {
  readonly overall: number;
}

export type SourceScores = ItemScores | OverallScore;

/** A source not yet in is absent; classification then refuses (SPEC §6 rule 4). */
export interface AppraisalSources {
  /** 自评 — always item by item against the sheet. */
  readonly self?: ItemScores;
  /** 党员群众评议 */
  readonly membersAndPublic?: SourceScores;
  /** 上级评定 */
  readonly superior?: SourceScores;
}

/** 参与面 — counts collected during the appraisal window (SPEC §6 rule 5). */
export interface ParticipationCounts {
  /** Members who could be reached (not abroad, not excused, …). */
  readonly reachableMembers: number;
  /** Reachable members who appraised. */
  readonly memberAppraisers: number;
  /** The configured base for public raters (households, service recipients, …). */
  readonly publicBase: number;
  readonly publicRaters: number;
}

/**
 * The facts the veto conditions and the satisfaction floor read (SPEC §6 rules 8, 9). A fact that
 * was never recorded is absent, never defaulted: classification refuses to guess it (missing-facts).
 */
export interface BranchFacts {
  /** Since when the secretary post has been vacant; null when it is filled; absent: not recorded. */
  readonly secretaryPostVacantSince?: IsoDate | null;
  /** The last party activity on record (组织生活); null when none is on record; absent: not recorded. */
  readonly lastPartyActivityOn?: IsoDate | null;
  /** 群众满意度: the share of public raters satisfied, 0–100; null when nobody rated (无群众评议). */
  readonly publicSatisfactionPercent: number | null;
}

export interface BranchGradingInput {
  readonly organisationId: string;
  /** 组织代码: unique in the unit; the last tie-break of the ranking. */
  readonly organisationCode: string;
  readonly sectorCode: string;
  readonly sources: AppraisalSources;
  readonly participation: ParticipationCounts;
  readonly facts: BranchFacts;
}

/** Everything one classification of a grading unit (组织实施单位) needs. */
export interface GradingUnitInput {
  readonly gradingUnitId: string;
  readonly year: number;
  /** The day the vetoes are judged on (e.g. the day the classification is proposed). */
  readonly asOf: IsoDate;
  readonly branches: readonly BranchGradingInput[];
  /** The pinned definition body of each sector of the round, by sector code. */
  readonly definitions: Readonly<Record<string, PipelineDefinitionBody>>;
}
