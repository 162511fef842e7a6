import fc from 'fast-check';
import { pledgeDriveStatus, type DriveMember } from './pledge-drive.js';

const member = (over: Partial<DriveMember>): DriveMember => ({
  memberId: 'm',
  name: '王磊',
  category: 'regular',
  pledgeExempt: false,
  annualPledges: 0,
  ...over,
});

describe('the annual pledge drive', () => {
  it('lists who has not proposed; excused members are never required', () => {
    const status = pledgeDriveStatus([
      member({ memberId: 'a', annualPledges: 2 }),
      member({ memberId: 'b' }),
      member({ memberId: 'c', category: 'elderly-infirm', pledgeExempt: true }),
    ]);
    expect(status.required).toBe(2);
    expect(status.notProposed.map((m) => m.memberId)).toEqual(['b']);
    expect(status.excused.map((m) => m.memberId)).toEqual(['c']);
  });

  it('property: every member is in exactly one list', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ pledgeExempt: fc.boolean(), annualPledges: fc.nat({ max: 6 }) }), { maxLength: 30 }),
        (rows) => {
          const roster = rows.map((r, i) => member({ ...r, memberId: `m${i}` }));
          const s = pledgeDriveStatus(roster);
          const ids = [...s.proposed, ...s.notProposed, ...s.excused].map((m) => m.memberId).sort();
          expect(ids).toEqual(roster.map((m) => m.memberId).sort());
          expect(s.required).toBe(s.proposed.length + s.notProposed.length);
        },
      ),
    );
  });
});
