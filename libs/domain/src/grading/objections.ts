import { isIsoDate, type IsoDate } from '../calendar/calendar-date.js';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar.js';
import { DomainError, type DomainErrorDetail } from '../domain.error.js';
import { isBlank, problem, refusal } from './grading.errors.js';
import { acceptsObjections, publicityLastDay, type PublicityPeriod } from './publicity.js';

/** 异议 — filed against a branch's place on a publicised tier list (SPEC §6 rule 11). */
export interface ObjectionInput {
  readonly organisationId: string;
  /** 实名: objections are not anonymous. */
  readonly realName: string;
  /** A mainland mobile, a landline or an e-mail address. */
  readonly contact: string;
  readonly reason: string;
}

export type ObjectionStatus = 'open' | 'upheld' | 'rejected';

export interface ObjectionResolution {
  readonly outcome: 'upheld' | 'rejected';
  readonly decidedBy: string;
  readonly decidedOn: IsoDate;
  /** Why, for the record (not public). */
  readonly note: string;
}

export interface Objection {
  readonly id: string;
  readonly organisationId: string;
  readonly filedOn: IsoDate;
  /** Never leaves the system through a public view (publicObjectionView). */
  readonly objector: { readonly realName: string; readonly contact: string };
  readonly reason: string;
  readonly status: ObjectionStatus;
  readonly resolution?: ObjectionResolution;
}

/** What the public may see of an objection: that it exists and how it ended, never who filed it. */
export interface PublicObjectionView {
  readonly id: string;
  readonly organisationId: string;
  readonly filedOn: IsoDate;
  readonly status: ObjectionStatus;
  readonly decidedOn?: IsoDate;
}

export const OBJECTION_REASON_MAX_LENGTH = 2000;

const CHINESE_NAME = /^[\u3400-\u9fff]+(?:[·•][\u3400-\u9fff]+)*$/;
const LATIN_NAME = /^[A-Za-z]+(?:[ .'-][A-Za-z]+)*$/;
/** Placeholders people type instead of a name; "张某" / "李某某" are anonymised, not real. */
const NOT_A_NAME = /某|匿名|无名|不详|群众|党员|^(?:anonymous|anon|unknown|none|n\/a|test)$/i;
const MOBILE = /^(?:\+?86)?1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}\d{7,8}(?:\d{1,6})?$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isRealName(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const name = value.trim();
  if (NOT_A_NAME.test(name)) return false;
  return (
    (CHINESE_NAME.test(name) && name.length >= 2 && name.length <= 20) ||
    (LATIN_NAME.test(name) && name.length >= 2 && name.length <= 50)
  );
}

export function isContact(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const contact = value.trim();
  const digits = contact.replace(/[\s()-]/g, '');
  return MOBILE.test(digits) || LANDLINE.test(digits) || (contact.length <= 254 && EMAIL.test(contact));
}

/** Every problem of an objection at once, paths under `$`. */
export function objectionProblems(
  input: ObjectionInput,
  publicisedOrganisationIds: readonly string[],
): DomainErrorDetail[] {
  const problems: DomainErrorDetail[] = [];
  if (isBlank(input.organisationId) || !publicisedOrganisationIds.includes(input.organisationId)) {
    problems.push(
      problem(
        '$.organisationId',
        'OBJECTION_BRANCH_NOT_PUBLICISED',
        `党组织 ${String(input.organisationId)} 不在公示名单中`,
        `branch ${String(input.organisationId)} is not on the publicised list`,
      ),
    );
  }
  if (!isRealName(input.realName)) {
    problems.push(
      problem(
        '$.realName',
        'OBJECTION_REAL_NAME_INVALID',
        '异议须实名提出：请填写真实姓名（2–20 个汉字，或拉丁字母姓名），不接受匿名或“某某”',
        'objections are filed under a real name (2–20 Chinese characters, or a name in Latin letters); anonymous or placeholder names are refused',
      ),
    );
  }
  if (!isContact(input.contact)) {
    problems.push(
      problem(
        '$.contact',
        'OBJECTION_CONTACT_INVALID',
        '请填写有效的联系方式：手机号、固定电话（含区号）或电子邮箱',
        'give a valid contact: a mobile number, a landline with its area code, or an e-mail address',
      ),
    );
  }
  if (isBlank(input.reason) || input.reason.length > OBJECTION_REASON_MAX_LENGTH) {
    problems.push(
      problem(
        '$.reason',
        'OBJECTION_REASON_INVALID',
        `请写明异议的事实和理由（1–${OBJECTION_REASON_MAX_LENGTH} 字）`,
        `state the facts and grounds of the objection (1–${OBJECTION_REASON_MAX_LENGTH} characters)`,
      ),
    );
  }
  return problems;
}

/**
 * Files an objection during the publicity period: refuses (invalid → 422) with every problem of
 * the input, or (conflict → 409) outside the period's days.
 */
export function fileObjection(args: {
  readonly id: string;
  readonly input: ObjectionInput;
  readonly filedOn: IsoDate;
  readonly period: PublicityPeriod;
  readonly calendar: WorkingDayCalendar;
  readonly publicisedOrganisationIds: readonly string[];
}): Objection {
  const { id, input, filedOn, period, calendar } = args;
  const problems = objectionProblems(input, args.publicisedOrganisationIds);
  if (problems.length > 0) {
    throw refusal('invalid', 'OBJECTION_INVALID', { zhCN: '异议不符合要求', en: 'the objection is invalid' }, problems);
  }
  if (!isIsoDate(filedOn) || !acceptsObjections(period, filedOn, calendar)) {
    const lastDay = publicityLastDay(period, calendar);
    throw new DomainError(
      'OBJECTION_OUTSIDE_PUBLICITY',
      'conflict',
      {
        zhCN: `异议应在公示期内（${period.startsOn} 至 ${lastDay}）提出`,
        en: `objections are taken during the publicity period (${period.startsOn} through ${lastDay})`,
      },
      'filedOn',
    );
  }
  return {
    id,
    organisationId: input.organisationId,
    filedOn,
    objector: { realName: input.realName.trim(), contact: input.contact.trim() },
    reason: input.reason.trim(),
    status: 'open',
  };
}

/**
 * The supervisor's decision: uphold (the branch is then re-graded, see regradeAfterObjection) or
 * reject (its tier stays). Conflict (409) when already decided; invalid without a note.
 */
export function resolveObjection(objection: Objection, decision: ObjectionResolution): Objection {
  if (objection.status !== 'open') {
    throw new DomainError(
      'OBJECTION_ALREADY_RESOLVED',
      'conflict',
      { zhCN: `异议 ${objection.id} 已处理，不能再次处理`, en: `objection ${objection.id} is already resolved` },
      'status',
    );
  }
  const problems: DomainErrorDetail[] = [];
  if (decision.outcome !== 'upheld' && decision.outcome !== 'rejected') {
    problems.push(
      problem(
        '$.outcome',
        'OBJECTION_OUTCOME_INVALID',
        '处理结果应为 upheld 或 rejected',
        'outcome must be upheld or rejected',
      ),
    );
  }
  if (isBlank(decision.note)) {
    problems.push(problem('$.note', 'OBJECTION_NOTE_REQUIRED', '请写明处理理由', 'give the reason for the decision'));
  }
  if (isBlank(decision.decidedBy)) {
    problems.push(problem('$.decidedBy', 'OBJECTION_DECIDER_REQUIRED', '缺少处理人', 'decidedBy is required'));
  }
  if (!isIsoDate(decision.decidedOn) || decision.decidedOn < objection.filedOn) {
    problems.push(
      problem(
        '$.decidedOn',
        'OBJECTION_DATE_INVALID',
        `处理日期应不早于提出日期 ${objection.filedOn}`,
        `decidedOn must not precede ${objection.filedOn}`,
      ),
    );
  }
  if (problems.length > 0) {
    throw refusal(
      'invalid',
      'OBJECTION_DECISION_INVALID',
      { zhCN: '处理意见不完整', en: 'the decision is incomplete' },
      problems,
    );
  }
  return { ...objection, status: decision.outcome, resolution: { ...decision, note: decision.note.trim() } };
}

/** The public face of an objection: built field by field, so the objector never leaks. */
export function publicObjectionView(objection: Objection): PublicObjectionView {
  const view: PublicObjectionView = {
    id: objection.id,
    organisationId: objection.organisationId,
    filedOn: objection.filedOn,
    status: objection.status,
  };
  return objection.resolution ? { ...view, decidedOn: objection.resolution.decidedOn } : view;
}
