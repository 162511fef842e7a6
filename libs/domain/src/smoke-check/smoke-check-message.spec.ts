import fc from 'fast-check';
import { SMOKE_CHECK_MESSAGE_MAX_LENGTH, smokeCheckNotice, validateSmokeCheckMessage } from './smoke-check-message.js';

describe('validateSmokeCheckMessage', () => {
  it('trims and accepts a normal message', () => {
    expect(validateSmokeCheckMessage('  你好，世界 ')).toBe('你好，世界');
  });

  it('refuses blank messages naming the field', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\s*$/), (blank) => {
        try {
          validateSmokeCheckMessage(blank);
          return false;
        } catch (error) {
          return (
            (error as { code: string; field: string }).code === 'SMOKE_CHECK_MESSAGE_BLANK' &&
            (error as { field: string }).field === 'message'
          );
        }
      }),
    );
  });

  it('counts characters, not UTF-16 units, against the limit', () => {
    const chinese = '党'.repeat(SMOKE_CHECK_MESSAGE_MAX_LENGTH);
    expect(validateSmokeCheckMessage(chinese)).toBe(chinese);
    expect(() => validateSmokeCheckMessage(chinese + '员')).toThrow(/at most 200/);
  });

  it('puts the message in both languages of the notice', () => {
    const notice = smokeCheckNotice('演示');
    expect(notice.body.zhCN).toContain('演示');
    expect(notice.body.en).toContain('演示');
  });
});
