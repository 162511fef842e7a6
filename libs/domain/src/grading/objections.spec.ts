import fc from 'fast-check';
import { CHINA_2025_CALENDAR } from '../calendar/china-2025.calendar.js';
import { WorkingDayCalendar } from '../calendar/working-day-calendar.js';
import { thrown } from './grading-test-helpers.js';
import {
  fileObjection,
  isContact,
  isRealName,
  objectionProblems,
  publicObjectionView,
  resolveObjection,
  type Objection,
} from './objections.js';

const calendar = new WorkingDayCalendar(CHINA_2025_CALENDAR);
const period = { startsOn: '2025-03-03', workingDays: 5 };
const input = {
  organisationId: 'org-B1',
  realName: '王建国',
  contact: '138 0013 8000',
  reason: '该支部全年只开过两次会',
};
const file = (overrides: Partial<typeof input> = {}, filedOn = '2025-03-05') =>
  fileObjection({
    id: 'obj-1',
    input: { ...input, ...overrides },
    filedOn,
    period,
    calendar,
    publicisedOrganisationIds: ['org-B1'],
  });

describe('objections (SPEC §6 rule 11)', () => {
  it('files an objection with a real name and a contact during the publicity period', () => {
    expect(file()).toEqual({
      id: 'obj-1',
      organisationId: 'org-B1',
      filedOn: '2025-03-05',
      objector: { realName: '王建国', contact: '138 0013 8000' },
      reason: '该支部全年只开过两次会',
      status: 'open',
    });
  });

  it('refuses anonymous or placeholder names, bad contacts and an empty reason, all at once', () => {
    const error = thrown(() => file({ realName: '张某', contact: '12345', reason: '  ', organisationId: 'org-X' }));
    expect(error).toMatchObject({ code: 'OBJECTION_INVALID', kind: 'invalid' });
    expect(error.error.details.map((d: { path: string }) => d.path)).toEqual([
      '$.organisationId',
      '$.realName',
      '$.contact',
      '$.reason',
    ]);
    expect(error.error.details[1].text.zhCN).toContain('异议须实名提出');
  });

  it('recognises real names and contacts', () => {
    expect(['王建国', '欧阳娜娜', '阿依古丽·买买提', 'Li Wei', "O'Brien"].every(isRealName)).toBe(true);
    expect(['匿名', '李某某', '群众', '王', 'anonymous', '', '王1', 'x'.repeat(60)].some(isRealName)).toBe(false);
    expect(
      ['13800138000', '+86 138-0013-8000', '010-12345678', '0571 8888 7777', 'a.b@example.cn'].every(isContact),
    ).toBe(true);
    expect(['12345', '23800138000', 'a@b', 'mail me', ''].some(isContact)).toBe(false);
  });

  it('takes objections only within the publicity period (conflict outside it)', () => {
    expect(thrown(() => file({}, '2025-03-08'))).toMatchObject({
      code: 'OBJECTION_OUTSIDE_PUBLICITY',
      kind: 'conflict',
    });
    expect(thrown(() => file({}, '2025-03-02')).code).toBe('OBJECTION_OUTSIDE_PUBLICITY');
    expect(file({}, '2025-03-07').status).toBe('open');
  });

  it('is resolved once, with a decider, a date and a note', () => {
    const upheld = resolveObjection(file(), {
      outcome: 'upheld',
      decidedBy: 'sup-1',
      decidedOn: '2025-03-06',
      note: '核实属实',
    });
    expect(upheld.status).toBe('upheld');
    expect(
      thrown(() =>
        resolveObjection(upheld, { outcome: 'rejected', decidedBy: 'sup-1', decidedOn: '2025-03-06', note: 'x' }),
      ),
    ).toMatchObject({
      code: 'OBJECTION_ALREADY_RESOLVED',
      kind: 'conflict',
    });
    const incomplete = thrown(() =>
      resolveObjection(file(), { outcome: 'upheld', decidedBy: '', decidedOn: '2025-03-01', note: ' ' }),
    );
    expect(incomplete.error.details.map((d: { code: string }) => d.code)).toEqual([
      'OBJECTION_NOTE_REQUIRED',
      'OBJECTION_DECIDER_REQUIRED',
      'OBJECTION_DATE_INVALID',
    ]);
  });

  it('never shows the name or the contact publicly (property)', () => {
    const name = fc.stringMatching(/^[\u4e00-\u9fa5]{2,4}$/).filter(isRealName);
    const phone = fc.stringMatching(/^1[3-9]\d{9}$/);
    fc.assert(
      fc.property(name, phone, fc.boolean(), (realName, contact, resolved) => {
        let objection: Objection = file({ realName, contact });
        if (resolved)
          objection = resolveObjection(objection, {
            outcome: 'rejected',
            decidedBy: 'sup-1',
            decidedOn: '2025-03-06',
            note: '不属实',
          });
        const view = publicObjectionView(objection);
        const json = JSON.stringify(view);
        expect(json).not.toContain(realName);
        expect(json).not.toContain(contact);
        expect(json).not.toContain('不属实');
        expect(json).not.toContain(input.reason);
        expect(Object.keys(view).sort()).toEqual(
          resolved
            ? ['decidedOn', 'filedOn', 'id', 'organisationId', 'status']
            : ['filedOn', 'id', 'organisationId', 'status'],
        );
      }),
    );
  });

  it('reports nothing wrong with a good objection', () => {
    expect(objectionProblems(input, ['org-B1'])).toEqual([]);
  });
});
