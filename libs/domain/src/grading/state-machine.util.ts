import { DomainError, type LocalizedText } from '../domain.error.js';
import type { ActorRole } from '../pipeline/pipeline-definition.types.js';
import { isBlank } from './grading.errors.js';

/** Who acts: a person in a role, or the round's own workflow (timers, fan-out). */
export type GradingActorRole = ActorRole | 'system';

export interface TransitionRule<S extends string, A extends string> {
  readonly action: A;
  readonly name: LocalizedText;
  readonly from: readonly S[];
  readonly to: S;
  readonly roles: readonly GradingActorRole[];
  /** Returning, reopening: the actor must say why (audited). */
  readonly reasonRequired?: boolean;
}

export interface TransitionRequest<A extends string> {
  readonly action: A;
  readonly role: GradingActorRole;
  readonly reason?: string;
}

/** What happened, ready for the audit record: from which state to which, by whom, why. */
export interface Transition<S extends string, A extends string> {
  readonly action: A;
  readonly from: S;
  readonly to: S;
  readonly role: GradingActorRole;
  readonly reason?: string;
}

export interface Machine<S extends string, A extends string> {
  readonly name: LocalizedText;
  readonly states: Readonly<Record<S, LocalizedText>>;
  readonly rules: readonly TransitionRule<S, A>[];
}

const ROLE_NAMES: Readonly<Record<GradingActorRole, LocalizedText>> = {
  administrator: { zhCN: '组织部门管理员', en: 'administrator' },
  supervisor: { zhCN: '上级党组织', en: 'supervisor' },
  'branch-secretary': { zhCN: '党组织书记', en: 'branch secretary' },
  member: { zhCN: '党员', en: 'member' },
  system: { zhCN: '系统', en: 'system' },
};

/** The actions open in `state` (to `role`, when given), in the table's order. */
export function allowedActions<S extends string, A extends string>(
  machine: Machine<S, A>,
  state: S,
  role?: GradingActorRole,
): A[] {
  return machine.rules.filter((r) => r.from.includes(state) && (!role || r.roles.includes(role))).map((r) => r.action);
}

/**
 * One step of a state machine, or a coded refusal that leaves the state as it was:
 * unknown action → invalid (400); not allowed in this state → conflict (409, GRADING_WRONG_STEP);
 * not this role → forbidden (403); a missing reason where one is required → invalid.
 */
export function applyTransition<S extends string, A extends string>(
  machine: Machine<S, A>,
  state: S,
  request: TransitionRequest<A>,
): Transition<S, A> {
  const rule = machine.rules.find((r) => r.action === request.action);
  if (!rule) {
    throw new DomainError(
      'GRADING_ACTION_UNKNOWN',
      'invalid',
      {
        zhCN: `${machine.name.zhCN}没有操作 ${String(request.action)}`,
        en: `${machine.name.en} has no action ${String(request.action)}`,
      },
      'action',
    );
  }
  const stateName = machine.states[state] ?? { zhCN: String(state), en: String(state) };
  if (!rule.from.includes(state)) {
    const open = machine.rules.filter((r) => r.from.includes(state));
    throw new DomainError(
      'GRADING_WRONG_STEP',
      'conflict',
      {
        zhCN: `${machine.name.zhCN}当前为「${stateName.zhCN}」，不能「${rule.name.zhCN}」；此时可以：${open.map((r) => `「${r.name.zhCN}」`).join('') || '无'}`,
        en: `${machine.name.en} is at "${stateName.en}": "${rule.name.en}" is not possible now; possible: ${open.map((r) => `"${r.name.en}"`).join(', ') || 'nothing'}`,
      },
      'action',
    );
  }
  if (!rule.roles.includes(request.role)) {
    const role = ROLE_NAMES[request.role] ?? { zhCN: String(request.role), en: String(request.role) };
    throw new DomainError(
      'GRADING_ROLE_NOT_ALLOWED',
      'forbidden',
      {
        zhCN: `「${rule.name.zhCN}」应由${rule.roles.map((r) => ROLE_NAMES[r].zhCN).join('或')}操作，${role.zhCN}无权操作`,
        en: `"${rule.name.en}" is for the ${rule.roles.map((r) => ROLE_NAMES[r].en).join(' or ')}, not the ${role.en}`,
      },
      'role',
    );
  }
  if (rule.reasonRequired && isBlank(request.reason)) {
    throw new DomainError(
      'GRADING_REASON_REQUIRED',
      'invalid',
      { zhCN: `「${rule.name.zhCN}」须说明理由`, en: `"${rule.name.en}" needs a reason` },
      'reason',
    );
  }
  const reason = request.reason?.trim();
  return {
    action: rule.action,
    from: state,
    to: rule.to,
    role: request.role,
    ...(reason ? { reason } : {}),
  };
}
