import { jest } from '@jest/globals';
import { accessTokenFor, withToken, type Http } from '../../support/auth.js';
import { inPool } from '../../support/grading-round-driver.js';
import { operationsOf, type ApiOperation, type OpenApiDocument } from '../../support/openapi-operations.js';
import { useTestStack } from '../../support/test-stack.js';
import { buildMatrixFixture, MATRIX_STACK_ENV, ROLE_USERS, type MatrixFixture } from './matrix-fixture.js';
import { planPerCall, planRequest, send, startFreshApproval, type PlanContext } from './matrix-requests.js';
import {
  MATRIX_ROLES,
  ROUTE_ROLE_MATRIX,
  type MatrixEntry,
  type MatrixRole,
  type Outcome,
} from './route-role-matrix.js';

// Booting the stack and the fixture's workflows, then ~840 calls, on a busy 2-core machine.
jest.setTimeout(300_000);

const outcomeOf = (status: number): Outcome => (status === 401 ? 'anon' : status === 403 ? 'no' : 'ok');
const STATUS_OF: Record<Outcome, string> = { ok: 'not 401/403', no: '403', anon: '401' };
/** Operations called at once; each one's roles run one after another (denied roles first). */
const CONCURRENT_OPERATIONS = 6;

interface Observation {
  readonly operation: string;
  readonly role: MatrixRole;
  readonly status: number;
  readonly code: unknown;
}

describe('the route × role matrix: every operation of /openapi.json as every role', () => {
  const stack = useTestStack('route-matrix', { env: MATRIX_STACK_ENV });
  let fixture: MatrixFixture;
  let document: OpenApiDocument;
  let operations: ApiOperation[];
  const agents = new Map<MatrixRole, () => Http>();

  beforeAll(async () => {
    fixture = await buildMatrixFixture(stack.api, stack.db);
    document = (await stack.http().get('/openapi.json').expect(200)).body as OpenApiDocument;
    operations = operationsOf(document);
    for (const [role, [username]] of Object.entries(ROLE_USERS)) {
      const token = await accessTokenFor(stack.api, username);
      agents.set(role as MatrixRole, () => withToken(stack.api, token));
    }
    agents.set('anonymous', () => stack.http() as unknown as Http);
  }, 240_000);

  const context = (): PlanContext => ({
    fixture,
    document,
    admin: agents.get('administrator')!(),
    as: (username) => stack.as(username),
    anonymous: () => stack.http() as unknown as Http,
    freshApproval: () => startFreshApproval(agents.get('branchSecretary')!(), stack.db, fixture, '矩阵审批'),
  });

  it('declares every operation of /openapi.json exactly once, and no operation it does not serve', () => {
    const served = operations.map((o) => o.key);
    const declared = ROUTE_ROLE_MATRIX.map((e) => e.operation);
    expect({
      undeclared: served.filter((key) => !declared.includes(key)),
      notServed: declared.filter((key) => !served.includes(key)),
      declaredTwice: declared.filter((key, i) => declared.indexOf(key) !== i),
    }).toEqual({ undeclared: [], notServed: [], declaredTwice: [] });
  });

  it('answers each role as the matrix declares (401 without a token, 403 where refused, never a 5xx)', async () => {
    const declared = new Map(ROUTE_ROLE_MATRIX.map((e) => [e.operation, e]));
    const observations: Observation[] = [];
    await inPool(operations, CONCURRENT_OPERATIONS, async (operation) => {
      // One plan per operation (its fresh things shared by the roles), unless a call consumes it.
      const shared = planPerCall(operation) ? undefined : planRequest(context(), operation);
      for (const role of callingOrder(declared.get(operation.key))) {
        try {
          const plan = await (shared ?? planRequest(context(), operation));
          const response = await send(agents.get(role)!(), operation.method, plan, operation);
          observations.push({ operation: operation.key, role, status: response.status, code: response.body?.code });
        } catch (error) {
          // A fresh thing the call needed could not be made: the cell fails, the others still run.
          observations.push({ operation: operation.key, role, status: 0, code: `plan failed: ${String(error)}` });
        }
      }
    });
    const differences = observations
      .filter((o) => {
        const expected = declared.get(o.operation)?.outcomes[o.role];
        return o.status >= 500 || o.status === 0 || expected === undefined || outcomeOf(o.status) !== expected;
      })
      .map((o) => {
        const expected = declared.get(o.operation)?.outcomes[o.role];
        return `${o.operation} × ${o.role}: expected ${expected ? STATUS_OF[expected] : '(no entry)'}, got ${o.status} ${String(o.code ?? '')}`;
      })
      .sort();
    const undeclared = operations.filter((o) => !declared.has(o.key));
    expect({ differences, proposedRows: undeclared.map((o) => proposedRow(o.key, observations)) }).toEqual({
      differences: [],
      proposedRows: [],
    });
  });
});

/** The unauthenticated and refused calls before the allowed ones, which may change the thing. */
function callingOrder(entry: MatrixEntry | undefined): MatrixRole[] {
  const rank = (role: MatrixRole) => ({ anon: 0, no: 1, ok: 2 })[entry?.outcomes[role] ?? 'ok'];
  return [...MATRIX_ROLES].sort((a, b) => rank(a) - rank(b));
}

/** The line an undeclared operation would get from what it answered (to review, then paste). */
function proposedRow(operation: string, observations: readonly Observation[]): string {
  const cells = MATRIX_ROLES.map((role) => {
    const seen = observations.find((o) => o.operation === operation && o.role === role);
    return seen ? outcomeOf(seen.status) : '?';
  });
  return `row('${operation}', ${cells.join(', ')}),`;
}
