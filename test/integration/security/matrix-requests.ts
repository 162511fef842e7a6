import { randomUUID } from 'node:crypto';
import {
  minimalValue,
  type ApiOperation,
  type OpenApiDocument,
  type SchemaObject,
} from '../../support/openapi-operations.js';
import type { Http } from '../../support/auth.js';
import { eventually } from '../../support/eventually.js';
import type { TestDatabase } from '../../support/test-database.js';
import { LOGIN_PASSWORD, LOGIN_USER, TARGET_USER, type MatrixFixture } from './matrix-fixture.js';

/** One request of the matrix: the operation with its path filled, a query and a body or a file. */
export interface PlannedRequest {
  readonly url: string;
  readonly query: Record<string, unknown>;
  readonly body?: unknown;
  readonly file?: { readonly fileName: string; readonly content: string };
}

/** What a recipe may use: the fixture, an administrator of QS, and fresh things made per call. */
export interface PlanContext {
  readonly fixture: MatrixFixture;
  readonly document: OpenApiDocument;
  /** qs-admin, for making a fresh thing a call may consume (a draft, an approval). */
  readonly admin: Http;
  /** A supertest agent acting as `username`. */
  as(username: string): Promise<Http>;
  anonymous(): Http;
  /** A fresh approval submitted by v01-secretary for V01, t01-supervisor signing: its open task. */
  freshApproval(): Promise<{ processId: string; taskId: string }>;
}

/** A recipe's part: values for the path parameters and fields it names, or the whole body. */
interface Recipe {
  readonly params?: (ctx: PlanContext) => Promise<Record<string, string>> | Record<string, string>;
  readonly body?: (ctx: PlanContext, params: Record<string, string>) => Promise<unknown> | unknown;
  readonly query?: (ctx: PlanContext) => Record<string, unknown>;
  readonly file?: (ctx: PlanContext) => { fileName: string; content: string };
}

const loginTokens = async (ctx: PlanContext) =>
  (await ctx.anonymous().post('/auth/login').send({ username: LOGIN_USER, password: LOGIN_PASSWORD }).expect(200))
    .body as { refreshToken: string };

/**
 * A draft of a definition no fixture thing uses (no urban-community or agency branch in the
 * fixture); one kind and sector per operation, as a kind and sector has one draft at a time.
 */
const freshDraft = (processKind: string, sectorCode: string) => async (ctx: PlanContext) => ({
  id: (await ctx.admin.post('/pipeline-definitions').send({ processKind, sectorCode }).expect(201)).body.id as string,
});

const freshPublished = (processKind: string, sectorCode: string) => async (ctx: PlanContext) => {
  const { id } = await freshDraft(processKind, sectorCode)(ctx);
  await ctx.admin.post(`/pipeline-definitions/${id}/publish`).send({}).expect(200);
  return { id };
};

const approvalTask = async (ctx: PlanContext) => {
  const { taskId } = await ctx.freshApproval();
  return { taskId };
};
const approvalProcess = async (ctx: PlanContext) => {
  const { processId } = await ctx.freshApproval();
  return { processId };
};

/** A campaign of its own for the ranking, which ends it (the fixture's campaign stays open). */
const freshCampaign = async (ctx: PlanContext) => {
  const supervisor = await ctx.as('t01-supervisor');
  const year = ctx.fixture.year;
  const launched = await supervisor
    .post('/campaigns')
    .send({
      organisationId: ctx.fixture.org.V01,
      title: '排名',
      periodStart: `${year}-01-01`,
      periodEnd: `${year}-12-31`,
    })
    .expect(201);
  return { campaignId: launched.body.campaignId as string };
};

/** Operations whose generic plan would not reach the role check, or would consume a shared thing. */
const RECIPES: Readonly<Record<string, Recipe>> = {
  'POST /campaigns/{campaignId}/rank': { params: freshCampaign },
  'POST /auth/login': { body: () => ({ username: LOGIN_USER, password: LOGIN_PASSWORD }) },
  'POST /auth/refresh': { body: async (ctx) => ({ refreshToken: (await loginTokens(ctx)).refreshToken }) },
  'POST /auth/logout': { body: async (ctx) => ({ refreshToken: (await loginTokens(ctx)).refreshToken }) },
  'PUT /pipeline-definitions/{id}': {
    params: freshDraft('pledge', 'urban-community'),
    body: async (ctx, params) => {
      const current = await ctx.admin.get(`/pipeline-definitions/${params['id']}`).expect(200);
      return { body: current.body.body };
    },
  },
  'DELETE /pipeline-definitions/{id}': { params: freshDraft('campaign', 'urban-community') },
  'POST /pipeline-definitions/{id}/publish': { params: freshDraft('commendation', 'urban-community') },
  'POST /pipeline-definitions/{id}/retire': { params: freshPublished('grading-cycle', 'urban-community') },
  'POST /pipeline-definitions/{id}/versions': { params: freshPublished('pledge', 'agency') },
  'POST /approval-tasks/{taskId}/approve': { params: approvalTask },
  'POST /approval-tasks/{taskId}/reject': { params: approvalTask },
  'POST /approval-tasks/{taskId}/return': {
    params: approvalTask,
    body: () => ({ idempotencyKey: randomUUID(), toStep: 's1' }),
  },
  'POST /approval-tasks/{taskId}/transfer': {
    params: approvalTask,
    body: () => ({ idempotencyKey: randomUUID(), to: 'qs-admin' }),
  },
  'POST /approval-tasks/{taskId}/delegate': {
    params: approvalTask,
    body: () => ({ idempotencyKey: randomUUID(), to: 'qs-admin' }),
  },
  'POST /approval-tasks/{taskId}/resolve-delegation': { params: approvalTask },
  'POST /approval-tasks/{taskId}/add-signer': {
    params: approvalTask,
    body: () => ({ idempotencyKey: randomUUID(), signer: 'qs-admin', position: 'parallel' }),
  },
  'POST /approval-tasks/{taskId}/remove-signer': { params: approvalTask },
  'POST /approval-tasks/{taskId}/urge': { params: approvalTask },
  'POST /approval-tasks/{taskId}/comments': { params: approvalTask },
  'POST /approval-tasks/bulk': {
    body: async (ctx) => ({
      idempotencyKey: randomUUID(),
      action: 'approve',
      taskIds: [(await ctx.freshApproval()).taskId],
    }),
  },
  'GET /approvals/{processId}': { params: approvalProcess },
  'POST /approvals/{processId}/withdraw': { params: approvalProcess },
  'POST /approvals/{processId}/cc': {
    params: approvalProcess,
    body: () => ({ idempotencyKey: randomUUID(), userIds: ['qs-admin'] }),
  },
  'POST /approvals/{processId}/comments': { params: approvalProcess },
  'POST /approvals': {
    body: (ctx) => ({
      title: '矩阵审批',
      organisationId: ctx.fixture.org.V01,
      steps: [APPROVAL_STEP],
      people: { s1: { signers: ['t01-supervisor'] } },
    }),
  },
  'PUT /users/{username}': {
    body: () => ({ displayName: TARGET_USER, roles: [{ role: 'member', organisationCode: 'QS-T01-V02' }] }),
  },
  'PUT /users/{username}/member': { body: (ctx) => ({ memberId: ctx.fixture.member.other }) },
  'PUT /users/{username}/password': { body: () => ({ password: 'matrix-target-password-1' }) },
  'POST /organisations/import': {
    query: () => ({ dryRun: true }),
    file: () => ({
      fileName: 'orgs.csv',
      content:
        'code,name,kind,sector_code,territorial_parent_code,vertical_department_code,management_mode,grading_unit_code,is_grading_unit\n' +
        'QS-T01-V03,东岭镇新村党支部,branch,village,QS-T01,,1,,\n',
    }),
  },
  'POST /members/import': {
    query: () => ({ dryRun: true }),
    file: () => ({
      fileName: 'members.csv',
      content:
        'id_number,name,organisation_code,category,post,host_organisation_code,pledge_exempt,phone\n' +
        '33010119900101003X,张新,QS-T01-V01,regular,,,,\n',
    }),
  },
};

/** The approval step the fresh approvals use: one signer, who may add signers. */
export const APPROVAL_STEP = {
  key: 's1',
  name: { zhCN: '审核', en: 'Review' },
  actor: { role: 'supervisor', level: 'self' },
  quorum: { kind: 'one' },
  reminders: [],
  escalation: [],
  approval: { addSigner: ['parallel'] },
};

/**
 * PlanContext.freshApproval for the matrix and the fuzzer: `secretary` (v01-secretary) submits a
 * one-step approval for V01 that t01-supervisor signs; answers once its task is open.
 */
export async function startFreshApproval(
  secretary: Http,
  db: TestDatabase,
  fixture: MatrixFixture,
  title: string,
): Promise<{ processId: string; taskId: string }> {
  const started = await secretary
    .post('/approvals')
    .send({
      title,
      organisationId: fixture.org.V01,
      steps: [APPROVAL_STEP],
      people: { s1: { signers: ['t01-supervisor'] } },
    })
    .expect(202);
  const processId = started.body.processId as string;
  const taskId = await eventually(
    async () =>
      (
        await db.query<{ id: string }>("SELECT id FROM approval_tasks WHERE process_id = $1 AND status = 'pending'", [
          processId,
        ])
      )[0]?.id,
    { what: `the open task of ${processId}` },
  );
  return { processId, taskId };
}

/** The path parameters every operation shares, by name (and the path, for the ambiguous `id`). */
function sharedParameter(ctx: PlanContext, operation: ApiOperation, name: string): string {
  const f = ctx.fixture;
  switch (name) {
    case 'id':
      if (operation.path.startsWith('/organisations')) return f.org.V01;
      return randomUUID();
    case 'orgId':
    case 'organisationId':
      return f.org.V01;
    case 'roundId':
      return operation.path.includes('commendations') ? f.commendationId : f.gradingRoundId;
    case 'pledgeId':
      return f.pledgeId;
    case 'campaignId':
      return f.campaignId;
    case 'checkId':
      return f.smokeCheckId;
    case 'noticeId':
      return f.noticeId;
    case 'year':
      return String(f.year);
    case 'sectorCode':
      return 'village';
    case 'processKind':
      return 'grading-cycle';
    case 'username':
      return TARGET_USER;
    case 'recipient':
      return 'v01-member';
    default:
      // objectionId, followUpId, nominationId, evidenceId, taskId, processId: recipes give real ones.
      return randomUUID();
  }
}

/** Body and query values that must be the fixture's, by field name. */
function fieldFiller(ctx: PlanContext) {
  const f = ctx.fixture;
  return (name: string, schema: SchemaObject): unknown => {
    switch (name) {
      case 'idempotencyKey':
        return randomUUID();
      case 'organisationId':
        return f.org.V01;
      case 'gradingUnitId':
        return f.org.QS;
      case 'memberId':
      case 'nomineeId':
      case 'evaluatorMemberId':
        return f.member.linked;
      case 'year':
        return schema.type === 'string' ? String(f.year) : f.year;
      case 'organisationCode':
        return 'QS-T01-V01';
      case 'recipient':
        return 'v01-member';
      default:
        return undefined;
    }
  };
}

/** The request `operation` is called with (fresh things are made here, per call). */
export async function planRequest(ctx: PlanContext, operation: ApiOperation): Promise<PlannedRequest> {
  const recipe = RECIPES[operation.key] ?? {};
  const params: Record<string, string> = {};
  for (const name of operation.pathParameters) params[name] = sharedParameter(ctx, operation, name);
  Object.assign(params, await recipe.params?.(ctx));
  const url = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name]!));
  const fill = fieldFiller(ctx);
  const query: Record<string, unknown> = recipe.query?.(ctx) ?? {};
  for (const parameter of operation.queryParameters)
    if (parameter.required && !(parameter.name in query))
      query[parameter.name] = minimalValue(ctx.document, parameter.schema ?? {}, fill, parameter.name);
  if (operation.multipart) {
    const file = recipe.file?.(ctx) ?? { fileName: 'upload.txt', content: 'matrix' };
    return { url, query, file };
  }
  const body = recipe.body
    ? await recipe.body(ctx, params)
    : operation.jsonBody
      ? minimalValue(ctx.document, operation.jsonBody, fill)
      : undefined;
  return { url, query, ...(body === undefined ? {} : { body }) };
}

/** Operations whose request is consumed by a successful call: planned afresh for every role. */
export const planPerCall = (operation: ApiOperation): boolean =>
  operation.key === 'POST /auth/refresh' || operation.key === 'POST /auth/logout';

/** Event streams never end: the answer's status and headers are all a call needs of them. */
const STREAMS = new Set(['GET /inbox/stream']);

/** Sends `plan` as `http` (an agent with or without a token); a call hanging 30 s fails. */
export function send(http: Http, method: string, plan: PlannedRequest, operation?: ApiOperation) {
  let request = (http as unknown as Record<string, (url: string) => ReturnType<Http['get']>>)[method]!(plan.url)
    .query(plan.query as Record<string, string>)
    .timeout(30_000);
  if (operation && STREAMS.has(operation.key))
    request = request.buffer(true).parse((response, done) => {
      done(null, {});
      (response as unknown as { destroy(): void }).destroy();
    });
  if (plan.file) request = request.attach('file', Buffer.from(plan.file.content, 'utf8'), plan.file.fileName);
  else if (plan.body !== undefined) request = request.send(plan.body as object);
  return request;
}
