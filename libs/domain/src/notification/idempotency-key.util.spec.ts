import fc from 'fast-check';
import { buildNotificationKey, type NotificationKeyParts } from './idempotency-key.util.js';

const parts = fc.record({
  workflowId: fc.string({ minLength: 1 }),
  step: fc.string({ minLength: 1 }),
  reason: fc.string({ minLength: 1 }),
  level: fc.option(fc.string({ minLength: 1 }), { nil: undefined }),
  occurrence: fc.option(fc.nat(), { nil: undefined }),
}) as fc.Arbitrary<NotificationKeyParts>;

const normalised = (p: NotificationKeyParts) =>
  JSON.stringify([p.workflowId, p.step, p.reason, p.level ?? '-', p.occurrence ?? 0]);

describe('buildNotificationKey', () => {
  it('is stable for the same parts', () => {
    fc.assert(fc.property(parts, (p) => buildNotificationKey(p) === buildNotificationKey({ ...p })));
  });

  it('gives different keys to different parts, even when segments contain the separator', () => {
    fc.assert(
      fc.property(parts, parts, (a, b) => {
        fc.pre(normalised(a) !== normalised(b));
        return buildNotificationKey(a) !== buildNotificationKey(b);
      }),
    );
    expect(buildNotificationKey({ workflowId: 'a|b', step: 'c', reason: 'd' })).not.toBe(
      buildNotificationKey({ workflowId: 'a', step: 'b|c', reason: 'd' }),
    );
  });

  it('refuses an empty segment', () => {
    expect(() => buildNotificationKey({ workflowId: '', step: 's', reason: 'r' })).toThrow(RangeError);
  });
});
