import { DomainError, type DomainErrorDetail } from '../domain.error.js';

/**
 * 三亮 (document 2): a window unit 亮标准 — its service items, their process and time limit — and
 * 亮身份 — each member's post, party-member badge and responsibility area (党员责任区). The pledges
 * (亮承诺) are the pledge board's. Everything here is shown to the public without login, so it holds
 * only what a public page may show: a member is named and placed, never given an ID or phone number.
 */
export interface ServiceStandard {
  /** 服务事项, e.g. 个体工商户设立登记. */
  readonly item: string;
  /** 工作流程: the steps in order. */
  readonly process: readonly string[];
  /** 办结时限, e.g. 即办 or 3个工作日. */
  readonly timeLimit: string;
}

export interface MemberIdentity {
  readonly memberId: string;
  /** 岗位 shown on the service card, e.g. 综合受理岗. */
  readonly post: string;
  /** 佩戴党徽 / 党员先锋岗: shown as a party member. */
  readonly partyBadge: boolean;
  /** 党员责任区, when the member has one. */
  readonly responsibilityArea: string | null;
}

export interface ServiceBoardContent {
  readonly standards: readonly ServiceStandard[];
  readonly members: readonly MemberIdentity[];
}

export const SERVICE_BOARD_LIMITS = {
  standards: 50,
  processSteps: 20,
  members: 200,
  item: 100,
  step: 200,
  timeLimit: 50,
  post: 50,
  responsibilityArea: 100,
} as const;

/** An 18-character resident ID number or a mainland mobile number inside a text, not part of a longer number. */
const PERSONAL_NUMBER = /(?<![\dXx])(\d{17}[\dXx]|1[3-9]\d{9})(?![\dXx])/;

type Problem = DomainErrorDetail;

const problem = (path: string, code: string, zhCN: string, en: string): Problem => ({
  path,
  code,
  text: { zhCN, en },
});

/**
 * Checks what a unit's secretary or administrator publishes as the unit's 三亮 content, reporting
 * every problem at once with its path (`standards[1].timeLimit`, `members[0].memberId`): each text
 * present and within its length, no ID or phone number in any text, each member of the unit and
 * listed once. Texts are trimmed.
 */
export function checkServiceBoard(input: unknown, unitMemberIds: readonly string[]): ServiceBoardContent {
  const problems: Problem[] = [];
  const body = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;

  const text = (value: unknown, path: string, max: number, label: { zhCN: string; en: string }): string => {
    if (typeof value !== 'string' || value.trim() === '' || value.trim().length > max) {
      problems.push(
        problem(path, 'TEXT_LENGTH', `${label.zhCN}应为 1–${max} 字`, `${label.en} must be 1–${max} characters`),
      );
      return '';
    }
    if (PERSONAL_NUMBER.test(value)) {
      problems.push(
        problem(
          path,
          'PERSONAL_NUMBER',
          `${label.zhCN}不得包含身份证号或手机号（公开页面）`,
          `${label.en} must not contain an ID or phone number (public page)`,
        ),
      );
    }
    return value.trim();
  };

  const list = (value: unknown, path: string, max: number, label: { zhCN: string; en: string }): unknown[] => {
    if (!Array.isArray(value) || value.length > max) {
      problems.push(
        problem(path, 'LIST', `${label.zhCN}应为至多 ${max} 项的列表`, `${label.en} must be a list of at most ${max}`),
      );
      return [];
    }
    return value;
  };

  const standards = list(body['standards'], 'standards', SERVICE_BOARD_LIMITS.standards, {
    zhCN: '服务标准',
    en: 'standards',
  }).map((raw, i): ServiceStandard => {
    const s = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const path = `standards[${i}]`;
    const steps = list(s['process'], `${path}.process`, SERVICE_BOARD_LIMITS.processSteps, {
      zhCN: '工作流程',
      en: 'process',
    });
    if (Array.isArray(s['process']) && steps.length === 0) {
      problems.push(problem(`${path}.process`, 'LIST', '工作流程至少一步', 'process needs at least one step'));
    }
    return {
      item: text(s['item'], `${path}.item`, SERVICE_BOARD_LIMITS.item, { zhCN: '服务事项', en: 'item' }),
      process: steps.map((step, j) =>
        text(step, `${path}.process[${j}]`, SERVICE_BOARD_LIMITS.step, { zhCN: '流程步骤', en: 'a process step' }),
      ),
      timeLimit: text(s['timeLimit'], `${path}.timeLimit`, SERVICE_BOARD_LIMITS.timeLimit, {
        zhCN: '办结时限',
        en: 'timeLimit',
      }),
    };
  });

  const inUnit = new Set(unitMemberIds);
  const seen = new Set<string>();
  const members = list(body['members'], 'members', SERVICE_BOARD_LIMITS.members, {
    zhCN: '党员亮身份',
    en: 'members',
  }).map((raw, i): MemberIdentity => {
    const m = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const path = `members[${i}]`;
    const memberId = typeof m['memberId'] === 'string' ? m['memberId'] : '';
    if (!inUnit.has(memberId)) {
      problems.push(problem(`${path}.memberId`, 'NOT_IN_UNIT', '该党员不属于本单位', 'this member is not in the unit'));
    } else if (seen.has(memberId)) {
      problems.push(problem(`${path}.memberId`, 'DUPLICATE', '同一党员只列一次', 'a member is listed once'));
    }
    seen.add(memberId);
    if (typeof m['partyBadge'] !== 'boolean') {
      problems.push(
        problem(`${path}.partyBadge`, 'BOOLEAN', '是否亮党员身份应为是或否', 'partyBadge must be true or false'),
      );
    }
    const area = m['responsibilityArea'];
    return {
      memberId,
      post: text(m['post'], `${path}.post`, SERVICE_BOARD_LIMITS.post, { zhCN: '岗位', en: 'post' }),
      partyBadge: m['partyBadge'] === true,
      responsibilityArea:
        area === undefined || area === null || (typeof area === 'string' && area.trim() === '')
          ? null
          : text(area, `${path}.responsibilityArea`, SERVICE_BOARD_LIMITS.responsibilityArea, {
              zhCN: '党员责任区',
              en: 'responsibilityArea',
            }),
    };
  });

  const first = problems[0];
  if (first) {
    throw new DomainError(
      'SERVICE_BOARD_INVALID',
      'invalid',
      {
        zhCN: `三亮内容有 ${problems.length} 处问题：${first.text.zhCN}`,
        en: `the 三亮 content has ${problems.length} problem(s): ${first.text.en}`,
      },
      first.path,
      problems,
    );
  }
  return { standards, members };
}
