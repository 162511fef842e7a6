import { isIsoDate, type IsoDate } from '../calendar/calendar-date.js';
import { DomainError } from '../domain.error.js';
import type { PipelineDefinitionBody } from '../pipeline/pipeline-definition.types.js';
import { isBlank } from './grading.errors.js';

/** A grading round is identified by its unit and year: one round per (unit, year) (SPEC §6 rule 1). */
export interface GradingRoundRef {
  readonly gradingUnitId: string;
  readonly year: number;
}

/** The stable key of a round, e.g. for a workflow id: `<gradingUnitId>/<year>`. */
export function gradingRoundKey(round: GradingRoundRef): string {
  if (isBlank(round.gradingUnitId) || round.gradingUnitId.includes('/')) {
    throw new DomainError(
      'GRADING_UNIT_INVALID',
      'invalid',
      { zhCN: '组织实施单位标识不能为空或含“/”', en: 'the grading unit id must be non-blank and contain no "/"' },
      'gradingUnitId',
    );
  }
  if (!Number.isInteger(round.year) || round.year < 2000 || round.year > 2999) {
    throw new DomainError(
      'GRADING_YEAR_INVALID',
      'invalid',
      { zhCN: `年度应为 2000–2999，实际为 ${round.year}`, en: `the year must be 2000–2999, got ${round.year}` },
      'year',
    );
  }
  return `${round.gradingUnitId}/${round.year}`;
}

/** Refuses (conflict → 409) a second round for the same unit and year. */
export function assertRoundNotLaunched(existing: readonly GradingRoundRef[], round: GradingRoundRef): void {
  const key = gradingRoundKey(round);
  if (existing.some((r) => gradingRoundKey(r) === key)) {
    throw new DomainError(
      'GRADING_ROUND_EXISTS',
      'conflict',
      {
        zhCN: `${round.gradingUnitId} 的 ${round.year} 年度晋位升级已经部署，每年只部署一次`,
        en: `the ${round.year} grading round of ${round.gradingUnitId} is already launched; one round per unit and year`,
      },
      'year',
    );
  }
}

export interface DeployWindow {
  readonly opensOn: IsoDate;
  readonly closesOn: IsoDate;
}

const dateOf = (year: number, monthDay: string): IsoDate => {
  const date = `${String(year).padStart(4, '0')}-${monthDay}`;
  // 29 February in a common year falls back to the 28th.
  return isIsoDate(date) ? date : `${String(year).padStart(4, '0')}-${monthDay.slice(0, 3)}28`;
};

/**
 * 每年初或上年底 (SPEC §6 rule 2): by default 1 November of N−1 through 31 March of N. The window
 * closes on the deadline of the definition's deploy step when it is a fixed date (the default is
 * 03-31 of the round's year); it opens on 1 November of the previous year (practice default).
 */
export function deployWindow(year: number, body?: PipelineDefinitionBody): DeployWindow {
  const deadline = body?.steps.find((s) => s.key === 'deploy')?.deadline;
  const closesOn =
    deadline?.kind === 'fixed-date' ? dateOf(year + deadline.yearOffset, deadline.monthDay) : dateOf(year, '03-31');
  return { opensOn: dateOf(year - 1, '11-01'), closesOn };
}

export const DEPLOY_OVERRIDE_REASON_MAX_LENGTH = 500;

export interface DeployDecision {
  readonly window: DeployWindow;
  readonly inWindow: boolean;
  /** True when deployed outside the window on an override reason: audit it. */
  readonly overridden: boolean;
  readonly overrideReason?: string;
}

/**
 * May the round of `year` be deployed on `deployOn`? Inside the window, yes. Outside it, only with
 * an override reason (then `overridden`, for the audit record); without one it is refused
 * (invalid → 422) naming the window.
 */
export function checkDeployDate(args: {
  readonly year: number;
  readonly deployOn: IsoDate;
  readonly overrideReason?: string;
  readonly body?: PipelineDefinitionBody;
}): DeployDecision {
  const { year, deployOn, overrideReason, body } = args;
  if (!isIsoDate(deployOn)) {
    throw new DomainError(
      'GRADING_DEPLOY_DATE_INVALID',
      'invalid',
      {
        zhCN: `部署日期应为 YYYY-MM-DD，实际为 ${deployOn}`,
        en: `the deploy date must be YYYY-MM-DD, got ${deployOn}`,
      },
      'deployOn',
    );
  }
  const window = deployWindow(year, body);
  const inWindow = deployOn >= window.opensOn && deployOn <= window.closesOn;
  if (inWindow) return { window, inWindow, overridden: false };
  const reason = overrideReason?.trim() ?? '';
  if (reason.length === 0 || reason.length > DEPLOY_OVERRIDE_REASON_MAX_LENGTH) {
    throw new DomainError(
      'GRADING_DEPLOY_OUTSIDE_WINDOW',
      'invalid',
      {
        zhCN: `${year} 年度应在 ${window.opensOn} 至 ${window.closesOn} 之间部署（每年初或上年底）；${deployOn} 在此之外，须填写理由（不超过 ${DEPLOY_OVERRIDE_REASON_MAX_LENGTH} 字）`,
        en: `the ${year} round is deployed between ${window.opensOn} and ${window.closesOn}; ${deployOn} is outside, so give a reason (up to ${DEPLOY_OVERRIDE_REASON_MAX_LENGTH} characters)`,
      },
      'overrideReason',
    );
  }
  return { window, inWindow, overridden: true, overrideReason: reason };
}
