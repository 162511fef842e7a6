import { DomainError } from '@cxzy/domain';
import { fromUpdateRejection, toUpdateRejection } from './update-rejection.js';

const refused = (type: string, details: unknown[]) => ({
  name: 'WorkflowUpdateFailedError',
  cause: { name: 'ApplicationFailure', type, details },
});

describe('fromUpdateRejection', () => {
  it('rebuilds the DomainError a validator refused with: code, kind, texts, field, problems', () => {
    const detail = {
      code: 'GRADING_WRONG_STEP',
      kind: 'conflict',
      text: { zhCN: '当前不能办理', en: 'not now' },
      field: 'action',
      details: [{ path: '$.items.a', code: 'X', text: { zhCN: '甲', en: 'a' } }],
    };
    const error = fromUpdateRejection(refused('DomainError', [detail]));
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject(detail);
  });

  it('round-trips what toUpdateRejection sends, also when an activity failure wraps it', () => {
    const rule = new DomainError('PLAN_TARGET_MISSING', 'invalid', { zhCN: '缺少', en: 'missing' }, 'targets', [
      { path: '$.targets', code: 'PLAN_TARGET_MISSING', text: { zhCN: '缺少', en: 'missing' } },
    ]);
    const failure = toUpdateRejection(rule);
    expect(
      fromUpdateRejection({ name: 'WorkflowUpdateFailedError', cause: { name: 'ActivityFailure', cause: failure } }),
    ).toMatchObject({
      code: rule.code,
      kind: rule.kind,
      field: 'targets',
      details: rule.details,
    });
    const other = new Error('not a rule');
    expect(toUpdateRejection(other)).toBe(other);
  });

  it('leaves anything else alone: other failures, other types, malformed details', () => {
    expect(fromUpdateRejection(new Error('boom'))).toBeNull();
    expect(fromUpdateRejection({ name: 'WorkflowNotFoundError' })).toBeNull();
    expect(fromUpdateRejection(refused('PermanentDeliveryError', [{ code: 'A', kind: 'conflict' }]))).toBeNull();
    expect(fromUpdateRejection(refused('DomainError', []))).toBeNull();
    expect(fromUpdateRejection(refused('DomainError', [{ code: 'A' }]))).toBeNull();
    expect(fromUpdateRejection(undefined)).toBeNull();
  });
});
