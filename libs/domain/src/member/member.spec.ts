import { canProposePledge, checkMemberRules, pledgeOrganisationId, requiresPledges, type Member } from './member.js';

const member = (fields: Partial<Member>): Member => ({
  id: 'm',
  idNumber: '',
  name: '党员',
  organisationId: 'home',
  category: 'regular',
  post: null,
  hostOrganisationId: null,
  pledgeExempt: false,
  phone: null,
  ...fields,
});

describe('member categories — 设岗定责, 流动党员, 年老体弱', () => {
  it('accepts a regular member as is', () => {
    expect(checkMemberRules(member({}))).toEqual([]);
  });

  it('a member without a fixed post needs a post before proposing a pledge', () => {
    const noPost = member({ category: 'no-fixed-post' });
    expect(checkMemberRules(noPost).map((e) => [e.code, e.field])).toEqual([['MEMBER_POST_REQUIRED', 'post']]);
    expect(canProposePledge(noPost)).toBe(false);
    expect(canProposePledge(member({ category: 'no-fixed-post', post: '政策宣传岗' }))).toBe(true);
  });

  it('a mobile member pledges with the host organisation', () => {
    const mobile = member({ category: 'mobile', hostOrganisationId: 'host' });
    expect(checkMemberRules(mobile)).toEqual([]);
    expect(pledgeOrganisationId(mobile)).toBe('host');
    expect(pledgeOrganisationId(member({}))).toBe('home');
    expect(checkMemberRules(member({ category: 'mobile' }))[0]?.code).toBe('MEMBER_HOST_REQUIRED');
  });

  it('only an elderly or infirm member may be excused, and an excused member needs no pledges', () => {
    const excused = member({ category: 'elderly-infirm', pledgeExempt: true });
    expect(checkMemberRules(excused)).toEqual([]);
    expect(requiresPledges(excused)).toBe(false);
    expect(requiresPledges(member({ category: 'elderly-infirm' }))).toBe(true);
    expect(checkMemberRules(member({ pledgeExempt: true }))[0]?.text.zhCN).toBe('只有年老体弱党员可以免于承诺');
  });
});
