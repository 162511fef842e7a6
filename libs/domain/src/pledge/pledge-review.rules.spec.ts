import { reviewEndReason } from './pledge-review.rules.js';

describe('reviewEndReason', () => {
  const entry = (action: string, text: string | null) => ({ action, comment: text === null ? null : { text } });

  it('is the reason of the last 退回, 不同意 or 撤回', () => {
    expect(
      reviewEndReason(
        [entry('reject', '旧理由'), entry('resubmit', null), entry('return', ' 写明做多少 ')],
        'returned',
      ),
    ).toBe('写明做多少');
  });

  it('names what happened when nobody gave a reason', () => {
    expect(reviewEndReason([entry('withdraw', null)], 'withdrawn')).toContain('撤回');
    expect(reviewEndReason([], 'rejected')).toContain('审核未通过');
  });
});
