import { jest } from '@jest/globals';
import { accessTokenFor, withToken, type Http } from '../../support/auth.js';
import { eventually } from '../../support/eventually.js';
import { inPool } from '../../support/grading-round-driver.js';
import {
  HOSTILE_BODY_STRINGS,
  HOSTILE_PARAMETERS,
  MALFORMED_BODIES,
  sample,
  seededRandom,
  withPrototypeKeys,
  wrongTypedValues,
  type BodyVariant,
} from '../../support/hostile-variants.js';
import { operationsOf, resolve, type ApiOperation, type OpenApiDocument } from '../../support/openapi-operations.js';
import { useTestStack } from '../../support/test-stack.js';
import { buildMatrixFixture, MATRIX_STACK_ENV, type MatrixFixture } from '../security/matrix-fixture.js';
import { planRequest, startFreshApproval, type PlanContext, type PlannedRequest } from '../security/matrix-requests.js';
import { ROUTE_ROLE_MATRIX } from '../security/route-role-matrix.js';

// The fixture's workflows, then a few thousand hostile requests on a busy 2-core machine.
jest.setTimeout(300_000);

/** The run's seed: a failure names it; FUZZ_SEED=<n> replays (or explores) another selection. */
const SEED = Number(process.env.FUZZ_SEED ?? 22_2026);
/** Variants per kind and operation, chosen by the seed. */
const PER_OPERATION = { malformed: 4, wrongType: 6, hostileString: 3, prototype: 1, path: 4, query: 2 };

/** Tables a refused request may write to: the audit trail records refusals and logins. */
const WRITTEN_BY_REFUSALS = new Set(['audit_records', 'migrations']);

interface FuzzCall {
  readonly operation: ApiOperation;
  readonly variant: string;
  readonly url: string;
  readonly query: Record<string, unknown>;
  readonly raw?: string;
  readonly json?: unknown;
  readonly file?: { fileName: string; content: string } | null;
  readonly anonymous: boolean;
}

describe('the input fuzzer: hostile variants of every operation of /openapi.json', () => {
  const stack = useTestStack('openapi-fuzz', { env: MATRIX_STACK_ENV });
  let fixture: MatrixFixture;
  let document: OpenApiDocument;
  let admin: () => Http;

  beforeAll(async () => {
    fixture = await buildMatrixFixture(stack.api, stack.db);
    document = (await stack.http().get('/openapi.json').expect(200)).body as OpenApiDocument;
    const token = await accessTokenFor(stack.api, 'qs-admin');
    admin = () => withToken(stack.api, token);
  }, 240_000);

  /** Every table's rows as one digest each (the audit trail aside): any insert, update or delete shows. */
  const fingerprint = async () => {
    const tables = await stack.db.query<{ name: string }>(
      "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
    );
    const digests: Record<string, string> = {};
    for (const { name } of tables.filter((t) => !WRITTEN_BY_REFUSALS.has(t.name))) {
      const [row] = await stack.db.query<{ digest: string }>(
        `SELECT count(*) || ':' || md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM "${name}" t`,
      );
      digests[name] = row!.digest;
    }
    const workflows = await stack.client.workflow.count(`TaskQueue = "${stack.config.TEMPORAL_TASK_QUEUE}"`);
    return { digests, workflows: workflows.count };
  };

  it(`answers no variant with a 5xx and changes nothing (seed ${SEED})`, async () => {
    const operations = operationsOf(document);
    const context: PlanContext = {
      fixture,
      document,
      admin: admin(),
      as: (username) => stack.as(username),
      anonymous: () => stack.http() as unknown as Http,
      freshApproval: async () => startFreshApproval(await stack.as('v01-secretary'), stack.db, fixture, '模糊测试审批'),
    };
    const publicOperations = new Set(
      ROUTE_ROLE_MATRIX.filter((e) => e.outcomes.anonymous === 'ok').map((e) => e.operation),
    );
    const random = seededRandom(SEED);
    // Every valid base request is planned (its fresh things made) before the first fingerprint.
    const calls: FuzzCall[] = [];
    for (const operation of operations) {
      const base = await planRequest(context, operation);
      for (const call of variantsOf(document, operation, base, random))
        calls.push(call, ...(publicOperations.has(operation.key) ? [{ ...call, anonymous: true }] : []));
    }
    const before = await eventually(
      async () => {
        const first = await fingerprint();
        await new Promise((settle) => setTimeout(settle, 1_000));
        const second = await fingerprint();
        return JSON.stringify(first) === JSON.stringify(second) ? second : undefined;
      },
      { what: 'the fixture at rest (no workflow still writing)', timeoutMs: 60_000 },
    );

    const failures: string[] = [];
    await inPool(calls, 8, async (call) => {
      const response = await sendVariant(call.anonymous ? (stack.http() as unknown as Http) : admin(), call);
      // A read may answer an odd query (a search for "-1"); a command must refuse every variant.
      const refused = response.status >= 400 && response.status < 500;
      if (response.status >= 500 || (!refused && call.operation.method !== 'get'))
        failures.push(
          `${call.operation.key} [${call.variant}]${call.anonymous ? ' anonymous' : ''}: ${response.status} ${String(response.body?.code ?? '')}`,
        );
    });

    expect(failures.sort()).toEqual([]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(await fingerprint()).toEqual(before);
    expect(calls.length).toBeGreaterThan(operations.length * 5);
  });
});

/** The seeded selection of hostile variants of one operation's valid request. */
function variantsOf(
  document: OpenApiDocument,
  operation: ApiOperation,
  base: PlannedRequest,
  random: () => number,
): FuzzCall[] {
  const calls: FuzzCall[] = [];
  const call = (variant: string, over: Partial<FuzzCall>): FuzzCall => ({
    operation,
    variant,
    url: base.url,
    query: base.query,
    ...(base.file ? { file: base.file } : base.body === undefined ? {} : { json: base.body }),
    anonymous: false,
    ...over,
  });
  if (operation.jsonBody) {
    const bodies: BodyVariant[] = sample(MALFORMED_BODIES, PER_OPERATION.malformed, random);
    bodies.push(...sample(withPrototypeKeys(base.body), PER_OPERATION.prototype, random));
    for (const body of bodies) calls.push(call(body.name, { raw: body.raw, json: undefined }));
    const properties = Object.entries(resolve(document, operation.jsonBody).properties ?? {});
    const wrong = properties.flatMap(([field, schema]) =>
      wrongTypedValues(document, schema).map((value) => ({ field, value })),
    );
    for (const { field, value } of sample(wrong, PER_OPERATION.wrongType, random))
      calls.push(call(`${field} = ${JSON.stringify(value)}`, { json: { ...(base.body as object), [field]: value } }));
    const strings = properties.flatMap(([field]) => HOSTILE_BODY_STRINGS.map((hostile) => ({ field, hostile })));
    for (const { field, hostile } of sample(strings, PER_OPERATION.hostileString, random))
      calls.push(call(`${field} = ${hostile.name}`, { json: { ...(base.body as object), [field]: hostile.value } }));
  }
  if (operation.multipart) {
    calls.push(call('no file part', { file: null, json: { file: 'x' } }));
    calls.push(call('a NUL in the file', { file: { fileName: 'a.csv', content: 'code,name\n\u0000,\u0000\n' } }));
  }
  const parameters = HOSTILE_PARAMETERS.filter((p) => operation.method === 'get' || !p.mayBeValid);
  const pathCases = operation.pathParameters.flatMap((name) => parameters.map((hostile) => ({ name, hostile })));
  for (const { name, hostile } of sample(pathCases, PER_OPERATION.path, random)) {
    const segments = operation.path.split('/');
    const baseSegments = base.url.split('/');
    const url = segments.map((s, i) => (s === `{${name}}` ? hostile.encoded : baseSegments[i])).join('/');
    calls.push(call(`path ${name} = ${hostile.name}`, { url }));
  }
  const queryCases = operation.queryParameters.flatMap((p) => parameters.map((hostile) => ({ p, hostile })));
  for (const { p, hostile } of sample(queryCases, PER_OPERATION.query, random))
    calls.push(
      call(`query ${p.name} = ${hostile.name}`, { url: `${base.url}?${p.name}=${hostile.encoded}`, query: {} }),
    );
  return calls;
}

function sendVariant(http: Http, call: FuzzCall) {
  const method = call.operation.method;
  let request = (http as unknown as Record<string, (url: string) => ReturnType<Http['get']>>)[method]!(call.url).query(
    call.query as Record<string, string>,
  );
  if (call.raw !== undefined) return request.set('content-type', 'application/json').send(call.raw);
  if (call.file) return request.attach('file', Buffer.from(call.file.content, 'utf8'), call.file.fileName);
  if (call.json !== undefined) request = request.send(call.json as object);
  return request;
}
