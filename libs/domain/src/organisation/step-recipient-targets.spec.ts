import fc from 'fast-check';
import type { Organisation } from './organisation.js';
import type { OrganisationLines } from './organisation-lines.js';
import { stepRecipientTargets } from './step-recipient-targets.js';

const org = (id: string): Organisation => ({ id }) as Organisation;
// A village branch (mode 1): township → county leads; the agriculture bureau's committee is copied.
const villageLines: OrganisationLines = {
  leadingLine: [org('township'), org('county')],
  copyLine: [org('agri-bureau')],
};
const base = {
  organisationId: 'village',
  lines: villageLines,
  assigneeRole: 'branch-secretary' as const,
  copyOtherLine: false,
  copySuperior: false,
};

describe('stepRecipientTargets', () => {
  it('reminds the assignee role at the organisation itself', () => {
    expect(stepRecipientTargets({ ...base, level: 'self' })).toEqual({
      to: [{ organisationId: 'village', roles: ['branch-secretary'] }],
      copy: [],
    });
  });

  it('escalates to the superior on the leading line, copying the other line at the same height', () => {
    expect(stepRecipientTargets({ ...base, level: 'superior', copyOtherLine: true })).toEqual({
      to: [{ organisationId: 'township', roles: ['supervisor'] }],
      copy: [{ organisationId: 'agri-bureau', roles: ['supervisor'] }],
    });
  });

  it('reaches the grading unit’s supervisors and administrators at the top, and never beyond it', () => {
    for (const level of ['grading-unit', 2, 5] as const) {
      expect(stepRecipientTargets({ ...base, level }).to).toEqual([
        { organisationId: 'county', roles: ['supervisor', 'administrator'] },
      ]);
    }
  });

  it('copies the superior on an orange reminder', () => {
    expect(stepRecipientTargets({ ...base, level: 'self', copySuperior: true }).copy).toEqual([
      { organisationId: 'township', roles: ['supervisor'] },
    ]);
  });

  it('keeps escalations of a grading unit with its own administrators', () => {
    const top = stepRecipientTargets({
      ...base,
      organisationId: 'county',
      lines: { leadingLine: [], copyLine: [] },
      level: 'superior',
    });
    expect(top.to).toEqual([{ organisationId: 'county', roles: ['supervisor', 'administrator'] }]);
  });

  it('never asks the copy line to act, at any level, on any line shape', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom('self' as const, 'superior' as const, 'grading-unit' as const, 1, 2, 3, 8),
        fc.boolean(),
        fc.boolean(),
        (lead, copyLen, level, copyOtherLine, copySuperior) => {
          const lines = {
            leadingLine: Array.from({ length: lead }, (_, i) => org(`L${i}`)),
            copyLine: Array.from({ length: copyLen }, (_, i) => org(`C${i}`)),
          };
          const targets = stepRecipientTargets({ ...base, lines, level, copyOtherLine, copySuperior });
          return targets.to.length === 1 && targets.to.every((t) => !t.organisationId.startsWith('C'));
        },
      ),
    );
  });
});
