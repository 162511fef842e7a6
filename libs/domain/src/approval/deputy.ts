import { DomainError } from '../domain.error.js';
import type { DeputyRoute } from './approval.types.js';

/** 代理: while `userId` is away between `from` and `until` (ISO instants, until exclusive), `deputyId` stands in. */
export interface DeputyRange {
  readonly userId: string;
  readonly deputyId: string;
  readonly from: string;
  readonly until: string;
}

const invalid = (code: string, zhCN: string, en: string, field: string) =>
  new DomainError(code, 'invalid', { zhCN, en }, field);

/** A new range: a deputy other than oneself, a real interval, and no overlap with the user's other ranges. */
export function checkDeputyRange(range: DeputyRange, existing: readonly DeputyRange[]): void {
  if (range.deputyId === range.userId)
    throw invalid('DEPUTY_SELF', '不能指定自己为代理人', 'you cannot be your own deputy', 'deputyId');
  const from = Date.parse(range.from);
  const until = Date.parse(range.until);
  if (!Number.isFinite(from)) throw invalid('DEPUTY_FROM_INVALID', '开始时间无效', 'the start is not a date', 'from');
  if (!Number.isFinite(until) || until <= from)
    throw invalid('DEPUTY_RANGE_INVALID', '结束时间须晚于开始时间', 'the end must be after the start', 'until');
  const overlapping = existing.find(
    (other) => other.userId === range.userId && Date.parse(other.from) < until && from < Date.parse(other.until),
  );
  if (overlapping)
    throw new DomainError(
      'DEPUTY_RANGE_OVERLAP',
      'conflict',
      {
        zhCN: `与已有的代理时段重叠（${overlapping.from} 至 ${overlapping.until}）`,
        en: `overlaps an existing range (${overlapping.from} to ${overlapping.until})`,
      },
      'from',
    );
}

/**
 * 代理 stays inside the organisation: the deputy must hold a role in a grading unit (组织实施单位)
 * the user holds one in — `userUnits` and `deputyUnits` are the grading units of their grants
 * (`null`: no such user). An unknown user and one outside get the same answer, so the rule tells
 * nobody who exists elsewhere.
 */
export function checkDeputyInScope(userUnits: readonly string[], deputyUnits: readonly string[] | null): void {
  if (deputyUnits?.some((unit) => userUnits.includes(unit))) return;
  throw invalid(
    'DEPUTY_OUTSIDE_UNIT',
    '代理人须是与您同一组织实施单位内担任角色的用户',
    'the deputy must be a user holding a role in a grading unit you hold one in',
    'deputyId',
  );
}

/**
 * Where a new task for `userId` goes at `at`: to the deputy of a range covering that instant,
 * marked as standing in. Deputies are not followed further (a deputy who is away too still gets
 * it), so routing always ends and the audit names exactly two people.
 */
export function routeToDeputy(userId: string, ranges: readonly DeputyRange[], at: string): DeputyRoute {
  const instant = Date.parse(at);
  const range = ranges.find(
    (r) => r.userId === userId && Date.parse(r.from) <= instant && instant < Date.parse(r.until),
  );
  return range ? { assignee: range.deputyId, deputyFor: userId } : { assignee: userId, deputyFor: null };
}

/** Nobody away: every task goes to its signer. */
export const inPerson = (userId: string): DeputyRoute => ({ assignee: userId, deputyFor: null });
