import type { ActorRole, LeadingLineLevel } from '../pipeline-definition.types.js';
import {
  describeLevel,
  isHopCount,
  isLeadingLineLevel,
  levelRank,
  MAX_LEADING_LINE_HOPS,
} from '../leading-line-level.js';
import { childPath, readNumber, readObject, required, show, type Problems } from './problems.js';

/**
 * 升级督办 — an escalation climbs the leading line (SPEC §3.5: branch → superior → grading unit).
 * Each stage must sit strictly above the one before it (and above the step's actor), must not come
 * back to a level already asked (a loop), and must end at or below the grading unit: above the top
 * of the scope there is nobody, so such an escalation would never end. A member counts as half a
 * level below the organisation they belong to, so a member's step may escalate to its own branch.
 */
export function validateEscalation(
  stages: readonly unknown[],
  path: string,
  actor: { role: ActorRole; level: LeadingLineLevel } | undefined,
  problems: Problems,
): void {
  let previousRank = actor ? levelRank(actor.level) - (actor.role === 'member' ? 0.5 : 0) : undefined;
  let previousLabel = actor ? describeLevel(actor.level) : undefined;
  let previousDelay: number | undefined;
  const seenRanks = new Set<number>(previousRank === undefined ? [] : [previousRank]);
  let reachedTop = actor?.level === 'grading-unit';

  stages.forEach((entry, index) => {
    const at = childPath(path, index);
    const stage = readObject(entry, at, problems, ['level', 'afterDays']);
    if (!stage) return;
    const delay = readNumber(required(stage, 'afterDays', at, problems), childPath(at, 'afterDays'), problems, {
      min: 0,
      max: 366,
      integer: true,
      code: 'ESCALATION_DELAY_INVALID',
      what: { zhCN: '逾期后升级的天数', en: 'days after the deadline' },
    });
    if (delay !== undefined && previousDelay !== undefined && delay <= previousDelay) {
      problems.add(
        childPath(at, 'afterDays'),
        'ESCALATION_DELAY_NOT_INCREASING',
        `第 ${index + 1} 级升级（逾期 ${delay} 天）应晚于上一级（${previousDelay} 天）`,
        `escalation stage ${index + 1} (${delay} days) must come after the previous one (${previousDelay} days)`,
      );
    }
    if (delay !== undefined) previousDelay = delay;

    const level = required(stage, 'level', at, problems);
    if (level === undefined) return;
    const levelPath = childPath(at, 'level');
    if (!isLeadingLineLevel(level)) {
      if (typeof level === 'number' && Number.isInteger(level) && level > 0 && !isHopCount(level)) {
        problems.add(
          levelPath,
          'ESCALATION_NEVER_ENDS',
          `升级到上溯 ${level} 级超出了领导线的最大深度，无人可接，升级将无法终止`,
          `escalating ${level} levels up goes past the deepest leading line; nobody is there, so it never ends`,
        );
      } else {
        reportUnknownLevel(level, levelPath, problems);
      }
      return;
    }
    const rank = levelRank(level);
    const label = describeLevel(level);
    if (reachedTop) {
      problems.add(
        levelPath,
        'ESCALATION_NEVER_ENDS',
        `组织实施单位已是最高一级，其后的升级（${label.zhCN}）无人可接，升级将无法终止`,
        `the grading unit is the top of the scope; a stage after it (${label.en}) reaches nobody and never ends`,
      );
    } else if (seenRanks.has(rank)) {
      problems.add(
        levelPath,
        'ESCALATION_LOOP',
        `升级回到了已经督办过的层级（${label.zhCN}），形成循环`,
        `escalation returns to a level already asked (${label.en}): a loop`,
      );
    } else if (previousRank !== undefined && rank < previousRank) {
      problems.add(
        levelPath,
        'ESCALATION_DOWNWARD',
        `升级只能沿领导线向上：${label.zhCN} 低于 ${previousLabel?.zhCN ?? ''}`,
        `escalation must go up the leading line: ${label.en} is below ${previousLabel?.en ?? ''}`,
      );
    }
    seenRanks.add(rank);
    if (level === 'grading-unit') reachedTop = true;
    if (previousRank === undefined || rank > previousRank) {
      previousRank = rank;
      previousLabel = label;
    }
  });
}

export function reportUnknownLevel(level: unknown, path: string, problems: Problems): void {
  problems.add(
    path,
    'LEVEL_UNKNOWN',
    `未知的层级 ${show(level)}，应为 self / superior / grading-unit 或 1–${MAX_LEADING_LINE_HOPS} 的上溯级数`,
    `unknown level ${show(level)}; expected self, superior, grading-unit or a hop count 1–${MAX_LEADING_LINE_HOPS}`,
  );
}
