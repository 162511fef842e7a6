import { condition, setHandler } from '@temporalio/workflow';
import { checkPeerEvaluationRequest, type PledgeState, type SignedUpdateIdentity } from '@cxzy/domain';
import {
  requestPeerEvaluationUpdate,
  toUpdateRejection,
  type PeerEvaluationRequestRecord,
  type PeerEvaluationRequestResult,
  type PledgeActor,
} from '@cxzy/contracts';

type Validate = (
  u: { readonly idempotencyKey: string; readonly actor: PledgeActor; readonly identity?: SignedUpdateIdentity },
  update: { readonly name: string },
  step: 'requestPeerEvaluation',
  check: () => void,
) => void;

/**
 * 邀请互评 (ADR 0016): the branch asks members for peer evaluations through a signed Update; the
 * workflow keeps who was asked (so the evaluation's validator can refuse anyone else, even an
 * Update sent straight to Temporal) and records the newly asked through one activity. A new
 * handler only: histories without this Update run the same commands as before.
 */
export function acceptPeerEvaluationRequests(options: {
  readonly pledgeId: string;
  readonly pledgeMemberIds: readonly string[];
  readonly state: () => PledgeState;
  readonly recorded: () => boolean;
  readonly validate: Validate;
  readonly record: (record: PeerEvaluationRequestRecord) => Promise<void>;
}): { readonly asked: (memberId: string) => boolean } {
  const asked = new Set<string>();
  const byKey = new Map<string, Promise<PeerEvaluationRequestResult>>();
  setHandler(
    requestPeerEvaluationUpdate,
    (u) => {
      const existing = byKey.get(u.idempotencyKey);
      if (existing) return existing;
      // Asked at once: an evaluation arriving next is judged with them.
      const fresh = u.memberIds.filter((id) => !asked.has(id));
      for (const id of fresh) asked.add(id);
      const promise = (async (): Promise<PeerEvaluationRequestResult> => {
        await condition(options.recorded);
        if (fresh.length > 0)
          await options.record({
            pledgeId: options.pledgeId,
            memberIds: fresh,
            actor: u.actor,
            requestedAt: new Date().toISOString(),
          });
        return { pledgeId: options.pledgeId, askedMemberIds: [...asked] };
      })().catch((error: unknown) => {
        throw toUpdateRejection(error);
      });
      byKey.set(u.idempotencyKey, promise);
      return promise;
    },
    {
      validator: (u) =>
        options.validate(u, requestPeerEvaluationUpdate, 'requestPeerEvaluation', () => {
          if (byKey.has(u.idempotencyKey)) return;
          const problem = checkPeerEvaluationRequest(u.memberIds, {
            state: options.state(),
            pledgeMemberIds: options.pledgeMemberIds,
            branchMemberIds: null,
          });
          if (problem) throw problem;
        }),
    },
  );
  return { asked: (memberId) => asked.has(memberId) };
}
