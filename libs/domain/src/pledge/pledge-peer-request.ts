import { DomainError } from '../domain.error.js';
import type { PledgeEvaluation } from './pledge-evaluation.js';
import type { PledgeState } from './pledge-state.js';

/**
 * 党员互评 only when asked (issue 8, ADR 0016): the branch asks members of the branch to evaluate a
 * pledge; a peer evaluation is accepted only from a member who was asked. Asking is possible while
 * the pledge is being fulfilled or evaluated.
 */
export const PEER_REQUEST_STATES: readonly PledgeState[] = ['fulfilling', 'evaluating'];

/** At most this many members asked in one request (a branch's size, with room). */
export const MAX_PEERS_PER_REQUEST = 200;

const invalid = (code: string, zhCN: string, en: string) => new DomainError(code, 'invalid', { zhCN, en }, 'memberIds');

/**
 * The problem with asking `memberIds` to evaluate a pledge bound to `pledgeMemberIds` in `state`,
 * or null. `branchMemberIds` (when known: the API, not the workflow) — the branch's members.
 */
export function checkPeerEvaluationRequest(
  memberIds: readonly string[],
  context: {
    readonly state: PledgeState;
    readonly pledgeMemberIds: readonly string[];
    readonly branchMemberIds: readonly string[] | null;
  },
): DomainError | null {
  if (!PEER_REQUEST_STATES.includes(context.state))
    return new DomainError(
      'PEER_REQUEST_NOT_NOW',
      'conflict',
      {
        zhCN: '只能在承诺履行或评议期间邀请党员互评',
        en: 'members are asked for peer evaluations only while the pledge is fulfilled or evaluated',
      },
      'state',
    );
  if (!Array.isArray(memberIds) || memberIds.length === 0)
    return invalid('PEER_REQUEST_EMPTY', '请至少选择一名党员', 'name at least one member');
  if (memberIds.length > MAX_PEERS_PER_REQUEST)
    return invalid(
      'PEER_REQUEST_TOO_MANY',
      `一次最多邀请 ${MAX_PEERS_PER_REQUEST} 名党员`,
      `at most ${MAX_PEERS_PER_REQUEST} members per request`,
    );
  if (new Set(memberIds).size !== memberIds.length)
    return invalid('PEER_REQUEST_DUPLICATE', '党员重复', 'a member is named twice');
  const own = memberIds.filter((id) => context.pledgeMemberIds.includes(id));
  if (own.length > 0)
    return invalid(
      'PEER_REQUEST_OWN_PLEDGE',
      '承诺人不能互评自己的承诺',
      'a member bound by the pledge cannot peer-evaluate it',
    );
  const branch = context.branchMemberIds;
  if (branch && memberIds.some((id) => !branch.includes(id)))
    return invalid('PEER_REQUEST_NOT_IN_BRANCH', '只能邀请本支部党员互评', 'only members of the branch are asked');
  return null;
}

/** 403: a peer evaluation from a member the branch did not ask. */
export const peerEvaluationNotRequested = (): DomainError =>
  new DomainError(
    'PEER_EVALUATION_NOT_REQUESTED',
    'forbidden',
    {
      zhCN: '支部未邀请该党员互评这项承诺',
      en: 'the branch did not ask this member for a peer evaluation of this pledge',
    },
    'evaluation.evaluatorId',
  );

/**
 * A peer evaluation given in the member role needs its evaluator among the asked members. The
 * branch (its secretary, or a supervisor) recording one on a member's behalf — collected at a
 * meeting, say — is the asker itself; other sources are not concerned.
 */
export function assertPeerEvaluationRequested(
  evaluation: Pick<PledgeEvaluation, 'source' | 'evaluatorId'> | undefined,
  actorRole: string | null | undefined,
  asked: (memberId: string) => boolean,
): void {
  if (evaluation?.source === 'peer' && actorRole === 'member' && !asked(evaluation.evaluatorId))
    throw peerEvaluationNotRequested();
}
