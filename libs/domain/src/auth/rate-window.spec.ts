import fc from 'fast-check';
import { retryAfterSeconds, tooManyRequests } from './rate-window.js';

describe('retryAfterSeconds — how long a refused client waits', () => {
  it('rounds the rest of the window up to whole seconds, never below one', () => {
    expect(retryAfterSeconds(29_001)).toBe(30);
    expect(retryAfterSeconds(30_000)).toBe(30);
    expect(retryAfterSeconds(0)).toBe(1);
    expect(retryAfterSeconds(-5)).toBe(1);
  });

  it('never tells a client to come back before the window ends, nor more than a second after', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3_600_000 }), (ms) => {
        const seconds = retryAfterSeconds(ms);
        expect(seconds * 1000).toBeGreaterThanOrEqual(ms);
        expect(seconds * 1000 - ms).toBeLessThan(1000);
      }),
    );
  });

  it('says so in zh-CN and English as a rate-limited error (429)', () => {
    expect(tooManyRequests(30)).toMatchObject({
      code: 'RATE_LIMITED',
      kind: 'rate-limited',
      text: { zhCN: '请求过于频繁，请 30 秒后再试', en: 'too many requests: retry in 30 s' },
    });
  });
});
