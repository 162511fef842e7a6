import { DomainError } from '@cxzy/domain';
import { domainErrorOfUpdateFailure } from './update-refusal.util.js';

const refused = (type: string, details: unknown[]) => ({
  name: 'WorkflowUpdateFailedError',
  cause: { name: 'ApplicationFailure', type, details },
});

describe('domainErrorOfUpdateFailure', () => {
  it('rebuilds the DomainError a validator refused with: code, kind, texts, field, problems', () => {
    const detail = {
      code: 'GRADING_WRONG_STEP',
      kind: 'conflict',
      text: { zhCN: '当前不能办理', en: 'not now' },
      field: 'action',
      details: [{ path: '$.items.a', code: 'X', text: { zhCN: '甲', en: 'a' } }],
    };
    const error = domainErrorOfUpdateFailure(refused('DomainError', [detail]));
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject(detail);
  });

  it('leaves anything else alone: other failures, other types, malformed details', () => {
    expect(domainErrorOfUpdateFailure(new Error('boom'))).toBeNull();
    expect(domainErrorOfUpdateFailure({ name: 'WorkflowNotFoundError' })).toBeNull();
    expect(domainErrorOfUpdateFailure(refused('PermanentDeliveryError', [{ code: 'A', kind: 'conflict' }]))).toBeNull();
    expect(domainErrorOfUpdateFailure(refused('DomainError', []))).toBeNull();
    expect(domainErrorOfUpdateFailure(refused('DomainError', [{ code: 'A' }]))).toBeNull();
    expect(domainErrorOfUpdateFailure(undefined)).toBeNull();
  });
});
