import { REMINDER_COLOURS } from '../pipeline-definition.types.js';
import { validateEscalation } from './validate-escalation.js';
import { validateActor } from './validate-actor.js';
import { validateApprovalOptions } from './validate-approval-options.js';
import {
  checkKey,
  checkLocalizedText,
  childPath,
  readArray,
  readNumber,
  readObject,
  required,
  show,
  type Problems,
} from './problems.js';

const STEP_KEYS = ['key', 'name', 'actor', 'quorum', 'deadline', 'reminders', 'escalation', 'approval'];
const MAX_DAYS = 366;

/** Checks one step; returns its key (if valid) for the list-level checks. */
export function validateStep(value: unknown, path: string, problems: Problems): string | undefined {
  const step = readObject(value, path, problems, STEP_KEYS);
  if (!step) return undefined;
  const keyValue = required(step, 'key', path, problems);
  const key = keyValue === undefined ? undefined : checkKey(keyValue, childPath(path, 'key'), problems);
  const name = required(step, 'name', path, problems);
  if (name !== undefined) checkLocalizedText(name, childPath(path, 'name'), problems);

  const actor = validateActor(required(step, 'actor', path, problems), childPath(path, 'actor'), problems);
  const quorum = required(step, 'quorum', path, problems);
  if (quorum !== undefined) validateQuorum(quorum, childPath(path, 'quorum'), problems);

  const hasDeadline = step['deadline'] !== undefined;
  if (hasDeadline) validateDeadline(step['deadline'], childPath(path, 'deadline'), problems);

  const reminders = required(step, 'reminders', path, problems);
  if (reminders !== undefined) validateReminders(reminders, childPath(path, 'reminders'), hasDeadline, problems);

  const escalation = required(step, 'escalation', path, problems);
  if (escalation !== undefined) {
    const stages = readArray(escalation, childPath(path, 'escalation'), problems);
    if (stages && stages.length > 0 && !hasDeadline) {
      problems.add(
        childPath(path, 'escalation'),
        'ESCALATION_WITHOUT_DEADLINE',
        `${path} 没有期限，无法升级督办`,
        `${path} has no deadline, so it cannot escalate`,
      );
    }
    if (stages) validateEscalation(stages, childPath(path, 'escalation'), actor, problems);
  }
  if (step['approval'] !== undefined) validateApprovalOptions(step['approval'], childPath(path, 'approval'), problems);
  return key;
}

function validateQuorum(value: unknown, path: string, problems: Problems): void {
  const kind = (value as { kind?: unknown } | null)?.kind;
  const keys = kind === 'n-of-m' ? ['kind', 'n', 'm'] : kind === 'ratio' ? ['kind', 'percent'] : ['kind'];
  const quorum = readObject(value, path, problems, keys);
  if (!quorum) return;
  if (kind !== 'one' && kind !== 'all' && kind !== 'n-of-m' && kind !== 'ratio' && kind !== 'sequential') {
    problems.add(
      childPath(path, 'kind'),
      'QUORUM_KIND_UNKNOWN',
      `未知的审批方式 ${show(kind)}，应为 one / all / n-of-m / ratio / sequential`,
      `unknown quorum ${show(kind)}; expected one, all, n-of-m, ratio or sequential`,
    );
    return;
  }
  if (kind === 'ratio') {
    readNumber(required(quorum, 'percent', path, problems), childPath(path, 'percent'), problems, {
      min: 1,
      max: 100,
      integer: true,
      code: 'QUORUM_PERCENT_INVALID',
      what: { zhCN: '同意比例', en: 'approval share' },
    });
    return;
  }
  if (kind !== 'n-of-m') return;
  const m = readNumber(required(quorum, 'm', path, problems), childPath(path, 'm'), problems, {
    min: 1,
    max: 1000,
    integer: true,
    code: 'QUORUM_M_INVALID',
    what: { zhCN: '审批人数 m', en: 'approver count m' },
  });
  const n = required(quorum, 'n', path, problems);
  if (n === undefined) return;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) {
    problems.add(
      childPath(path, 'n'),
      'QUORUM_N_BELOW_ONE',
      `所需同意人数 n 应为不小于 1 的整数，实际为 ${show(n)}`,
      `required approvals n must be an integer ≥ 1, got ${show(n)}`,
    );
  } else if (m !== undefined && n > m) {
    problems.add(
      childPath(path, 'n'),
      'QUORUM_N_ABOVE_M',
      `所需同意人数 n=${n} 超过审批人数 m=${m}`,
      `required approvals n=${n} exceed the approver count m=${m}`,
    );
  }
}

const MONTH_DAY = /^(\d{2})-(\d{2})$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function validateDeadline(value: unknown, path: string, problems: Problems): void {
  const kind = (value as { kind?: unknown } | null)?.kind;
  const keys = kind === 'fixed-date' ? ['kind', 'monthDay', 'yearOffset'] : ['kind', 'days'];
  const deadline = readObject(value, path, problems, keys);
  if (!deadline) return;
  if (kind === 'calendar-days' || kind === 'working-days') {
    readNumber(required(deadline, 'days', path, problems), childPath(path, 'days'), problems, {
      min: 1,
      max: MAX_DAYS,
      integer: true,
      code: 'DEADLINE_DAYS_INVALID',
      what: { zhCN: '期限天数', en: 'deadline days' },
    });
    return;
  }
  if (kind !== 'fixed-date') {
    problems.add(
      childPath(path, 'kind'),
      'DEADLINE_KIND_UNKNOWN',
      `未知的期限类型 ${show(kind)}，应为 calendar-days / working-days / fixed-date`,
      `unknown deadline kind ${show(kind)}; expected calendar-days, working-days or fixed-date`,
    );
    return;
  }
  const monthDay = required(deadline, 'monthDay', path, problems);
  const match = typeof monthDay === 'string' ? MONTH_DAY.exec(monthDay) : null;
  const month = match ? Number(match[1]) : 0;
  const day = match ? Number(match[2]) : 0;
  // 02-29 is refused: a yearly definition must name a date that exists every year.
  if (monthDay !== undefined && !(month >= 1 && month <= 12 && day >= 1 && day <= (DAYS_IN_MONTH[month - 1] ?? 0))) {
    problems.add(
      childPath(path, 'monthDay'),
      'DEADLINE_DATE_INVALID',
      `固定日期应为每年都存在的 MM-DD，实际为 ${show(monthDay)}`,
      `a fixed date must be an MM-DD that exists every year, got ${show(monthDay)}`,
    );
  }
  readNumber(required(deadline, 'yearOffset', path, problems), childPath(path, 'yearOffset'), problems, {
    min: -1,
    max: 1,
    integer: true,
    code: 'DEADLINE_YEAR_OFFSET_INVALID',
    what: { zhCN: '年份偏移', en: 'year offset' },
  });
}

function validateReminders(value: unknown, path: string, hasDeadline: boolean, problems: Problems): void {
  const reminders = readArray(value, path, problems);
  if (!reminders) return;
  if (reminders.length > 0 && !hasDeadline) {
    problems.add(
      path,
      'REMINDER_WITHOUT_DEADLINE',
      `${path} 所在步骤没有期限，无法提醒`,
      `${path}: no deadline to remind of`,
    );
  }
  const seen = new Set<string>();
  reminders.forEach((entry, index) => {
    const at = childPath(path, index);
    const when = (entry as { when?: unknown } | null)?.when;
    const reminder = readObject(entry, at, problems, ['when', when === 'time-left' ? 'percent' : 'days', 'colour']);
    if (!reminder) return;
    const colour = reminder['colour'];
    if (colour !== undefined && !(REMINDER_COLOURS as readonly unknown[]).includes(colour)) {
      problems.add(
        childPath(at, 'colour'),
        'REMINDER_COLOUR_UNKNOWN',
        `未知的提醒等级 ${show(colour)}`,
        `unknown colour ${show(colour)}`,
      );
    }
    let amount: number | undefined;
    if (when === 'time-left') {
      amount = readNumber(required(reminder, 'percent', at, problems), childPath(at, 'percent'), problems, {
        min: 1,
        max: 99,
        code: 'REMINDER_OFFSET_INVALID',
        what: { zhCN: '剩余时间百分比', en: 'share of time left' },
      });
    } else if (when === 'before' || when === 'after' || when === 'on') {
      const range = when === 'on' ? { min: 0, max: 0 } : { min: 1, max: MAX_DAYS };
      amount = readNumber(required(reminder, 'days', at, problems), childPath(at, 'days'), problems, {
        ...range,
        integer: true,
        code: 'REMINDER_OFFSET_INVALID',
        what: { zhCN: '提醒天数', en: 'reminder days' },
      });
    } else {
      problems.add(
        childPath(at, 'when'),
        'REMINDER_WHEN_UNKNOWN',
        `未知的提醒时点 ${show(when)}，应为 before / on / after / time-left`,
        `unknown reminder time ${show(when)}; expected before, on, after or time-left`,
      );
    }
    const identity = `${String(when)}:${String(amount)}`;
    if (amount !== undefined && seen.has(identity)) {
      problems.add(at, 'REMINDER_DUPLICATE', `${at} 与前面的提醒重复`, `${at} repeats an earlier reminder`);
    }
    seen.add(identity);
  });
}
