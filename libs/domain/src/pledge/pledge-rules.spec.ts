import fc from 'fast-check';
import type { Member } from '../member/member.js';
import { annualPledgeCountWarning, checkReturnReason, remindsMember } from './pledge-review.rules.js';
import { checkMemberMayPledge, checkPledgeProposal } from './pledge-proposal.rules.js';
import { pledgeSuggestions } from './pledge-suggestions.js';
import { annualWindowFor, checkProposalWindow } from './pledge-window.js';
import type { PledgeProposal } from './pledge.types.js';

const proposal = (over: Partial<PledgeProposal> = {}): PledgeProposal => ({
  kind: 'annual',
  form: 'individual',
  pledgerKind: 'member',
  year: 2027,
  memberId: 'm1',
  memberIds: ['m1'],
  organisationId: 'b1',
  items: [{ content: '每月走访困难群众两次' }],
  trigger: null,
  leads: ['service'],
  linkedPledgeIds: [],
  dueDate: null,
  ...over,
});
const codes = (p: PledgeProposal) => checkPledgeProposal(p).map((e) => e.code);

const member = (over: Partial<Member> = {}): Member => ({
  id: 'm1',
  idNumber: 'x',
  name: '王磊',
  organisationId: 'b1',
  category: 'regular',
  post: null,
  hostOrganisationId: null,
  pledgeExempt: false,
  phone: null,
  ...over,
});

describe('pledge proposals', () => {
  it('accepts an individual annual pledge', () => expect(codes(proposal())).toEqual([]));

  it('an instant pledge references its triggering task or event; an annual one does not', () => {
    expect(codes(proposal({ kind: 'instant' }))).toEqual(['PLEDGE_TRIGGER_REQUIRED']);
    expect(codes(proposal({ kind: 'instant', trigger: { kind: 'emergency', reference: '7月防汛抢险' } }))).toEqual([]);
    expect(codes(proposal({ trigger: { kind: 'emergency', reference: 'x' } }))).toEqual(['PLEDGE_TRIGGER_ANNUAL']);
  });

  it('a collective pledge binds two or more members; an individual exactly one', () => {
    expect(codes(proposal({ form: 'collective' }))).toEqual(['PLEDGE_COLLECTIVE_MEMBERS']);
    expect(codes(proposal({ form: 'collective', memberIds: ['m1', 'm2', 'm3'] }))).toEqual([]);
    expect(codes(proposal({ memberIds: ['m1', 'm2'] }))).toEqual(['PLEDGE_INDIVIDUAL_MEMBERS']);
  });

  it('a branch pledge links a member pledge and each item has a responsible person, measures and a date', () => {
    const branch = proposal({
      pledgerKind: 'branch',
      memberId: null,
      memberIds: [],
      items: [{ content: '建好党员活动阵地' }],
    });
    expect(codes(branch)).toEqual([
      'PLEDGE_ITEM_RESPONSIBLE',
      'PLEDGE_ITEM_MEASURES',
      'PLEDGE_ITEM_COMPLETION_DATE',
      'PLEDGE_BRANCH_LINK_REQUIRED',
    ]);
    expect(
      codes({
        ...branch,
        linkedPledgeIds: ['p1'],
        items: [
          { content: '建好阵地', responsiblePerson: '李书记', measures: '改造会议室', completionDate: '2027-06-30' },
        ],
      }),
    ).toEqual([]);
    expect(checkPledgeProposal(branch)[0]?.field).toBe('items[0].responsiblePerson');
  });

  it('reports an unknown 带头 and empty items', () => {
    expect(codes(proposal({ leads: ['wealth'], items: [] }))).toEqual(['PLEDGE_ITEMS_COUNT', 'PLEDGE_LEAD_UNKNOWN']);
  });
});

describe('who may pledge where (rule 19)', () => {
  it('a member without a fixed post needs a post set first', () => {
    expect(checkMemberMayPledge(member({ category: 'no-fixed-post' }), 'b1').map((e) => e.code)).toEqual([
      'PLEDGE_POST_NOT_SET',
    ]);
    expect(checkMemberMayPledge(member({ category: 'no-fixed-post', post: '卫生监督岗' }), 'b1')).toEqual([]);
  });

  it('a mobile member pledges with the branch where they are', () => {
    const mobile = member({ category: 'mobile', hostOrganisationId: 'b2' });
    expect(checkMemberMayPledge(mobile, 'b1').map((e) => e.code)).toEqual(['PLEDGE_MOBILE_AT_HOST']);
    expect(checkMemberMayPledge(mobile, 'b2')).toEqual([]);
  });

  it('excused elderly members may pledge what they can but are never reminded', () => {
    const excused = member({ category: 'elderly-infirm', pledgeExempt: true });
    expect(checkMemberMayPledge(excused, 'b1')).toEqual([]);
    expect(remindsMember(excused)).toBe(false);
    expect(remindsMember(member())).toBe(true);
  });
});

describe('the annual window (rule 14)', () => {
  const at = (beijing: string) => new Date(`${beijing}+08:00`);
  it('members by 31 March, branches by 15 March, in Beijing time', () => {
    expect(checkProposalWindow('annual', 'member', 2027, at('2027-03-31T23:59:00'))).toBeNull();
    expect(checkProposalWindow('annual', 'member', 2027, at('2027-04-01T00:00:00'))?.code).toBe(
      'PLEDGE_OUTSIDE_ANNUAL_WINDOW',
    );
    expect(checkProposalWindow('annual', 'branch', 2027, at('2027-03-16T08:00:00'))?.field).toBe('year');
    expect(checkProposalWindow('annual', 'branch', 2027, at('2026-11-25T08:00:00'))).toBeNull();
  });

  it('a configured window replaces the default, and the refusal names its dates', () => {
    const window = { opensMonthDay: '12-01', memberClosesMonthDay: '04-30', branchClosesMonthDay: '04-15' };
    expect(checkProposalWindow('annual', 'member', 2027, at('2027-04-30T12:00:00'), window)).toBeNull();
    expect(checkProposalWindow('annual', 'branch', 2027, at('2027-04-15T12:00:00'), window)).toBeNull();
    const early = checkProposalWindow('annual', 'member', 2027, at('2026-11-30T12:00:00'), window);
    expect(early?.text.zhCN).toContain('2026-12-01至2027-04-30');
    expect(checkProposalWindow('annual', 'branch', 2027, at('2027-04-16T00:00:00'), window)?.code).toBe(
      'PLEDGE_OUTSIDE_ANNUAL_WINDOW',
    );
  });

  it('property: instant pledges are accepted at any time; annual ones exactly inside the window', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
        fc.constantFrom('member' as const, 'branch' as const),
        (now, who) => {
          expect(checkProposalWindow('instant', who, 2027, now)).toBeNull();
          const { opens, closes } = annualWindowFor(2027, who);
          const day = new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
          expect(checkProposalWindow('annual', who, 2027, now) === null).toBe(day >= opens && day <= closes);
        },
      ),
    );
  });
});

describe('review', () => {
  it('2–5 annual pledges: a warning outside the range, never a block', () => {
    expect(annualPledgeCountWarning(1)?.code).toBe('PLEDGE_COUNT_BELOW_RANGE');
    expect(annualPledgeCountWarning(2)).toBeNull();
    expect(annualPledgeCountWarning(5)).toBeNull();
    expect(annualPledgeCountWarning(6)?.text.zhCN).toContain('2–5');
  });

  it('a return needs a reason', () => {
    expect(() => checkReturnReason('  ')).toThrow('PLEDGE_RETURN_REASON_REQUIRED');
    expect(checkReturnReason(' 内容不具体 ')).toBe('内容不具体');
  });

  it('suggests content per sector and always the five leads', () => {
    expect(pledgeSuggestions('village').sector.map((s) => s.zhCN)).toContain('带领群众共同致富');
    expect(pledgeSuggestions('soe-finance').sector.map((s) => s.zhCN)).toContain('节能减排');
    expect(pledgeSuggestions('made-up').sector).toEqual([]);
    expect(pledgeSuggestions('agency').fiveLeads).toHaveLength(5);
  });
});
