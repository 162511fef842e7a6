// @ts-check
// Demo step 5: a window unit's 三亮三比三评 campaign and a 学习先进 commendation round, each step by
// the person who takes it, logged in as themselves (scripts/demo/people.mjs). The unit is the tax
// bureau's service hall branch (办税服务厅): its secretary publishes its public page (standards,
// members' identity, a pledge), the bureau's supervisor runs the campaign — public ratings from
// tokens, a complaint that becomes a 整改 follow-up task with reminders, leader comments, 三比
// entries, a peer review, the ranked result — and the city bureau's round nominates the unit and
// its best member citing that result, vets, publicises, decides by approval and commends.
// Re-running starts a new campaign and round (both are kept; the public page is replaced).

import { findOrganisation } from './demo-county.mjs';
import { beijingToday, ok, until } from './demo/http.mjs';

/**
 * @param {import('./demo/people.mjs').DemoPeople} people @param {{ taxBranch: string }} highlights
 * @returns {Promise<{ campaignId: string, unitId: string, unitName: string, topMember: { id: string, name: string } }>}
 */
export async function runDemoCampaign(people, highlights) {
  const secretary = await people.as('qs-tax-secretary');
  const supervisor = await people.as('qs-tax-supervisor');
  const unit = await findOrganisation(secretary, highlights.taxBranch);
  const everyone = /** @type {{ id: string, name: string, category: string }[]} */ (
    ok(await secretary.get(`/members?organisationId=${unit.id}&pageSize=50`), 'reading the unit’s members').items
  );
  const roster = everyone.filter((m) => m.category === 'regular');
  if (roster.length < 3) throw new Error(`${unit.name} has fewer than 3 regular members`);
  const [first, second, third] = /** @type {[typeof roster[0], typeof roster[0], typeof roster[0]]} */ (roster);

  // 三亮: the secretary publishes the standards and the members' identity; a pledge goes on the board.
  console.log(`[demo] 三亮 / ${unit.name}: the secretary publishes its service standards and members’ identity`);
  ok(
    await secretary.put(`/organisations/${unit.id}/service-board/content`, {
      standards: [
        { item: '发票领用', process: ['取号', '窗口受理', '核验身份', '发放发票'], timeLimit: '即办' },
        { item: '税务登记信息变更', process: ['提交资料', '窗口受理', '审核', '办结'], timeLimit: '1个工作日' },
        { item: '个人所得税综合所得汇算清缴辅导', process: ['预约', '一对一辅导'], timeLimit: '当场办结' },
      ],
      members: [
        { memberId: first.id, post: '综合服务窗口', partyBadge: true, responsibilityArea: '一号至三号窗口' },
        { memberId: second.id, post: '发票窗口', partyBadge: true, responsibilityArea: '自助办税区' },
        { memberId: third.id, post: '咨询辅导岗', partyBadge: true },
      ],
    }),
    'publishing the 三亮 content',
  );
  const year = Number(beijingToday().slice(0, 4));
  const PLEDGE = '午间不断档，群众来了有人办';
  const before = ok(await people.public.get(`/organisations/${unit.id}/pledge-board`), 'reading the pledge board');
  // A re-run finds the pledge on the board already.
  if (!(/** @type {{ items: string[] }[]} */ (before).some((entry) => entry.items.includes(PLEDGE)))) {
    const proposed = ok(
      await secretary.post(`/pledges`, {
        kind: 'instant',
        form: 'individual',
        pledgerKind: 'member',
        year,
        memberId: first.id,
        organisationId: unit.id,
        trigger: { kind: 'phase-task', reference: '办税服务厅“便民办税春风行动”' },
        dueDate: `${year}-12-31`,
        items: [{ content: PLEDGE }],
      }),
      'proposing a pledge',
    );
    const pledgeId = /** @type {string} */ (proposed.pledgeId);
    await until(
      async () => ((await secretary.get(`/pledges/${pledgeId}`)).status === 200 ? true : undefined),
      'the pledge workflow recording the proposal',
    );
    const step = (/** @type {string} */ path, /** @type {object} */ body) =>
      secretary.post(`/pledges/${pledgeId}/${path}`, { idempotencyKey: `demo-${path}-${pledgeId}`, ...body });
    ok(await step('review', { decision: 'approve' }), 'approving the pledge');
    ok(
      await step('publicise', { scope: 'public', expiresAt: new Date(Date.now() + 90 * 86_400_000).toISOString() }),
      'publicising the pledge',
    );
  }
  const board = ok(await people.public.get(`/organisations/${unit.id}/service-board`), 'reading the public page');
  console.log(
    `[demo]   public page (no login): ${board.standards.length} standards, ${board.members.length} members, ${board.pledges.length} pledge(s)`,
  );
  console.log(`[demo]   → ${people.apiUrl}/public/organisations/${unit.id}/board`);

  // 三比三评: the campaign.
  console.log(`[demo] 三亮三比三评 / the tax bureau’s supervisor launches a campaign for ${unit.name}`);
  const { campaignId, workflowId } = ok(
    await supervisor.post(`/campaigns`, {
      organisationId: unit.id,
      title: `${year}年办税服务厅三亮三比三评`,
      periodStart: `${year}-01-01`,
      periodEnd: `${year}-12-31`,
    }),
    'launching the campaign',
  );
  console.log(`[demo]   workflow ${workflowId}`);
  const { tokens } = ok(
    await secretary.post(`/campaigns/${campaignId}/rating-tokens`, { count: 8, validHours: 72 }),
    'issuing rating tokens',
  );
  const ratings = [
    { score: 96, vote: 'satisfied', suggestion: '办事快，态度好' },
    { score: 92, vote: 'satisfied' },
    { score: 88, vote: 'satisfied', suggestion: '自助机指引清楚' },
    { score: 90, vote: 'satisfied' },
    { score: 85, vote: 'basically-satisfied', suggestion: '排队稍久' },
    { score: 94, vote: 'satisfied' },
  ];
  for (const [i, rating] of ratings.entries()) {
    ok(await people.public.post(`/public/campaigns/${campaignId}/ratings`, { token: tokens[i], ...rating }), 'rating');
  }
  const replay = await people.public.post(`/public/campaigns/${campaignId}/ratings`, {
    token: tokens[0],
    score: 100,
    vote: 'satisfied',
  });
  console.log(
    `[demo]   群众评议 / ${ratings.length} public ratings from ${ratings.length} tokens; a replayed token → ${replay.status} ${replay.body?.code}`,
  );
  const complaint = ok(
    await people.public.post(`/public/campaigns/${campaignId}/ratings`, {
      token: tokens[6],
      score: 45,
      vote: 'dissatisfied',
      complaint: true,
      suggestion: '中午12点到1点窗口无人办理',
    }),
    'the complaint',
  );
  const followUpId = /** @type {string} */ (complaint.followUpId);
  const followUp = await until(async () => {
    const list = ok(await secretary.get(`/campaigns/${campaignId}/follow-ups`), 'reading follow-ups');
    return /** @type {{ id: string, deadlineAt: string }[]} */ (list).find((f) => f.id === followUpId);
  }, 'the follow-up');
  console.log(
    `[demo]   投诉 → 整改存在问题 / a complaint opened a follow-up for the unit, due ${followUp.deadlineAt.slice(0, 10)}` +
      ` (reminders: step-deadline workflow of step follow-up-${followUpId.slice(0, 8)}…; on the secretary’s 待办)`,
  );

  for (const comment of [
    { kind: 'on-site', score: 88, text: '现场点评：导税台引导到位，午间值守需加强' },
    { kind: 'individual', memberId: first.id, score: 95, text: '个别点评：业务熟练，群众认可' },
  ]) {
    ok(await supervisor.post(`/campaigns/${campaignId}/leader-comments`, comment), 'a leader comment');
  }
  console.log('[demo]   领导点评 / leader comments: on-site on the unit, individual on a member');
  const sheet = (/** @type {number} */ s) => ({ skills: s, 'work-style': s, results: s });
  ok(
    await supervisor.post(`/campaigns/${campaignId}/entries`, {
      subjectKind: 'unit',
      subjectId: unit.id,
      itemScores: sheet(90),
    }),
    'the unit’s entry',
  );
  for (const [member, score] of /** @type {const} */ ([
    [first, 94],
    [second, 86],
    [third, 89],
  ])) {
    ok(
      await supervisor.post(`/campaigns/${campaignId}/entries`, {
        subjectKind: 'member',
        subjectId: member.id,
        itemScores: sheet(score),
      }),
      'a member’s entry',
    );
  }
  // 党员互评: a colleague reviews as the member they are (their account is linked to that member).
  const unitAdmin = await people.as('qltax-admin');
  await people.saveUser(await people.as('qltax-security'), {
    username: 'qs-tax-member',
    displayName: second.name,
    roles: [{ role: 'member', organisationCode: highlights.taxBranch }],
  });
  ok(await unitAdmin.put('/users/qs-tax-member/member', { memberId: second.id }), 'linking qs-tax-member to a member');
  const colleague = await people.as('qs-tax-member');
  ok(
    await colleague.post(`/campaigns/${campaignId}/peer-reviews`, {
      memberId: first.id,
      score: 93,
    }),
    'a peer review',
  );
  console.log(
    '[demo]   三比 / entries on the sheet (比技能 比作风 比业绩) for the unit and 3 members; 党员互评 / a peer review',
  );

  ok(
    await secretary.post(`/campaigns/${campaignId}/follow-ups/${followUpId}/close`, {
      resolution: '已安排午间轮岗，公示午间值守人员',
    }),
    'closing the follow-up',
  );
  console.log('[demo]   整改完成 / the secretary closed the follow-up: its reminders stop');
  ok(await supervisor.post(`/campaigns/${campaignId}/rank`, {}), 'ranking');
  const result =
    /** @type {{ kind: string, id: string, score: number, rank: number, publicAppraisalPercent: number | null }[]} */ (
      ok(await secretary.get(`/campaigns/${campaignId}/result`), 'reading the result')
    );
  const nameOf = (/** @type {string} */ id) =>
    id === unit.id ? unit.name : (everyone.find((m) => m.id === id)?.name ?? id);
  console.log('[demo]   结果排名 / ranked result:');
  const shown = result.filter((row) => row.kind === 'unit' || row.score > 0);
  for (const row of shown) {
    const share = row.publicAppraisalPercent === null ? '' : `  → 群众评价 ${row.publicAppraisalPercent}%`;
    console.log(
      `[demo]     ${row.kind === 'unit' ? '单位' : '党员'} #${row.rank}  ${String(row.score).padStart(6)}  ${nameOf(row.id)}${share}`,
    );
  }
  if (result.length > shown.length) {
    console.log(`[demo]     (${result.length - shown.length} other members had no review, comment or entry: score 0)`);
  }
  const best = result.find((r) => r.kind === 'member' && r.rank === 1);
  if (!best) throw new Error('the campaign ranked no member');
  return { campaignId, unitId: unit.id, unitName: unit.name, topMember: { id: best.id, name: nameOf(best.id) } };
}

/**
 * 学习先进: the city tax bureau (a grading unit) runs a commendation round through to its list.
 * @param {import('./demo/people.mjs').DemoPeople} people
 * @param {{ campaignId: string, unitId: string, unitName: string, topMember: { id: string, name: string } }} campaign
 */
export async function runDemoCommendation(people, campaign) {
  const admin = await people.as('qltax-admin');
  const secretary = await people.as('qs-tax-secretary');
  const decider = await people.as('qltax-supervisor');
  const cityTax = await findOrganisation(admin, 'QL-TAX');
  const year = Number(beijingToday().slice(0, 4));
  console.log(`[demo] 学习先进 / ${cityTax.name} launches a commendation round (推荐 → 考察 → 公示 → 审批 → 表彰)`);
  const { roundId, workflowId } = ok(
    await admin.post(`/commendations`, {
      gradingUnitId: cityTax.id,
      title: `${year}年“七一”先进基层党组织和优秀共产党员评选（演示）`,
      year,
    }),
    'launching the round',
  );
  console.log(`[demo]   workflow ${workflowId}`);
  const evidence = [{ kind: 'campaign-result', id: campaign.campaignId }];
  const nominate = async (/** @type {object} */ body) =>
    /** @type {string} */ (
      ok(
        await secretary.post(`/commendations/${roundId}/nominations`, {
          organisationId: campaign.unitId,
          evidence,
          ...body,
        }),
        'nominating',
      ).nominationId
    );
  const refused = await secretary.post(`/commendations/${roundId}/nominations`, {
    nomineeKind: 'member',
    nomineeId: campaign.topMember.id,
    organisationId: campaign.unitId,
    reason: '事迹',
    evidence: [{ kind: 'campaign-result', id: '00000000-0000-4000-8000-000000000000' }],
  });
  console.log(
    `[demo]   evidence is looked up: citing a campaign that does not exist → ${refused.status} ${refused.body?.field}`,
  );
  const member = await nominate({
    nomineeKind: 'member',
    nomineeId: campaign.topMember.id,
    reason: '三亮三比三评党员排名第一，群众满意度高',
  });
  const unitNomination = await nominate({
    nomineeKind: 'organisation',
    nomineeId: campaign.unitId,
    reason: '办税服务厅三亮三比三评成效突出，群众投诉当期整改',
  });
  console.log(`[demo]   推荐 / the unit and ${campaign.topMember.name}, citing the campaign’s ranked result`);

  const advance = async (/** @type {string} */ to) =>
    ok(await admin.post(`/commendations/${roundId}/advance`, { to }), `advancing to ${to}`);
  await advance('vet');
  const { tokens } = ok(
    await admin.post(`/commendations/${roundId}/opinion-tokens`, { count: 4, validHours: 72 }),
    'issuing opinion tokens',
  );
  for (const [i, nominationId] of [member, unitNomination, member, unitNomination].entries()) {
    ok(
      await people.public.post(`/public/nominations/${nominationId}/opinions`, { token: tokens[i], stance: 'support' }),
      'a public opinion',
    );
  }
  for (const nominationId of [member, unitNomination]) {
    ok(await secretary.post(`/nominations/${nominationId}/opinions`, { stance: 'support' }), 'an opinion');
  }
  console.log('[demo]   考察 / opinions of the branch and of the public (one per token)');
  await advance('publicise');
  console.log('[demo]   公示 / publicised (objections may be filed now); the public notice, no login:');
  console.log(`[demo]   → ${people.apiUrl}/public/commendations/${roundId}/notice`);
  const decided = await advance('decide');
  const processId = /** @type {string} */ (decided.approval?.processId);
  console.log(`[demo]   审批 / the decision is an approval (approval/${processId}) for the grading unit’s supervisor`);
  const task = await until(async () => {
    const todo = ok(await decider.get(`/approval-tasks?list=todo&pageSize=50`), 'reading 待办');
    return /** @type {{ taskId: string | null, processId: string }[]} */ (todo.items).find(
      (t) => t.processId === processId && t.taskId,
    );
  }, 'the approval task');
  ok(
    await decider.post(`/approval-tasks/${task.taskId}/approve`, {
      idempotencyKey: `demo-commend-${roundId}`,
      comment: { text: '同意表彰' },
    }),
    'approving',
  );
  const list = await until(async () => {
    const round = ok(await admin.get(`/commendations/${roundId}`), 'reading the round');
    if (round.phase !== 'commended') return undefined;
    return /** @type {{ nomineeKind: string, nomineeId: string, reason: string }[]} */ (
      ok(await admin.get(`/commendations/${roundId}/commended`), 'reading the list')
    );
  }, 'the commendation list');
  console.log('[demo]   表彰名单 / commended:');
  for (const n of list) {
    const name =
      n.nomineeId === campaign.unitId
        ? campaign.unitName
        : n.nomineeId === campaign.topMember.id
          ? campaign.topMember.name
          : n.nomineeId;
    console.log(
      `[demo]     ${n.nomineeKind === 'organisation' ? '先进基层党组织' : '优秀共产党员'}  ${name} — ${n.reason}`,
    );
  }
  return { roundId };
}

/**
 * What a newcomer should look at after the demo.
 * @param {string} apiUrl @param {{ campaignId: string, unitId: string }} campaign @param {{ roundId: string }} round
 */
export function printCampaignGuide(apiUrl, campaign, round) {
  console.log(`
[demo] 三亮三比三评 与 学习先进 — what to look at:
     公开页面 (no login)  ${apiUrl}/public/organisations/${campaign.unitId}/board
     维护三亮内容          console → log in as qs-tax-secretary → 三亮公开
     活动 / campaign       GET ${apiUrl}/campaigns/${campaign.campaignId}/result  (and …/follow-ups)
     表彰 / commendation   GET ${apiUrl}/commendations/${round.roundId}/commended
     Temporal Web UI       workflows campaign/${campaign.campaignId}, commendation/${round.roundId}, its approval/… child
                           and the follow-up's step-deadline workflow (reminders)
     docs/campaigns.md explains both.`);
}
