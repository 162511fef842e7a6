// Command 1's demo, run by the README's test command: the same code `./scripts/start.sh` runs
// (scripts/demo.mjs), against this run's real API, worker, Temporal server and database. Every step
// must run to its end, as the people it shows (their own log-ins), and again on a second run.
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { describe, expect, it, jest } from '@jest/globals';
import { DEMO_ACCOUNTS, runDemo } from '../../support/command-one-demo.mjs';
import { useTestStack } from '../../support/test-stack.js';

jest.setTimeout(600_000);

interface MyTasks {
  counts: { todo: number };
  items: { kind: string; source: string; stepKey: string; organisationId: string | null }[];
}

describe("command 1's demo", () => {
  // The demo logs in as each of its people; run twice back to back, with the log-in checks between,
  // that is more than the default per-address limit a minute (which the demo would wait out).
  const stack = useTestStack('command-one-demo', { env: () => ({ LOGIN_RATE_LIMIT_PER_MINUTE: '200' }) });
  const password = `Demo-${randomBytes(9).toString('base64url')}`;
  const quietly = <T>(run: () => Promise<T>): Promise<T> => {
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    return run().finally(() => log.mockRestore());
  };

  it('runs every step to its end as the people it shows, and again on a second run', async () => {
    await stack.api.listen(0, '127.0.0.1');
    const apiUrl = `http://127.0.0.1:${(stack.api.getHttpServer().address() as AddressInfo).port}`;
    // admin:create runs as command 1 runs it: a process on the server side with the database's URL.
    const serverEnv = { ...process.env, DATABASE_URL: stack.db.url, PASSWORD_HASH_COST: '4', LOG_LEVEL: 'error' };
    const options = { apiUrl, password, serverEnv, countySize: 60 };

    const first = await quietly(() => runDemo(options));
    expect(first.filter((step) => step.outcome !== 'done')).toEqual([]);
    expect(first.map((step) => step.name)).toEqual([
      'county',
      'pipelines',
      'pledge-drive',
      'grading-round',
      'campaign',
      'commendation',
      'smoke-check',
    ]);

    // Every log-in command 1 prints opens the API as a user holding a role.
    for (const [username] of DEMO_ACCOUNTS) {
      const login = await stack.http().post('/auth/login').send({ username, password });
      expect({ username, status: login.status }).toEqual({ username, status: 200 });
      const me = await stack.http().get('/auth/me').set('authorization', `Bearer ${login.body.accessToken}`);
      expect({ username, roles: (me.body.roles ?? []).length > 0 }).toEqual({ username, roles: true });
    }

    const second = await quietly(() => runDemo(options));
    expect(second.filter((step) => step.outcome !== 'done')).toEqual([]);

    // 我的待办 (issue 20): what the demo leaves waiting is on its people's lists — the township
    // supervisor's 上级评定 of the branches that assessed themselves, the acknowledged branch's
    // self-assessment on its secretary's.
    const awaiting = await stack.db.query<{ id: string }>(
      `SELECT o.id FROM round_branches rb JOIN organisations o ON o.id = rb.organisation_id
       WHERE rb.state = 'grade.awaiting-rating' AND o.code LIKE 'QS-T01-%' ORDER BY o.id`,
    );
    expect(awaiting.length).toBeGreaterThan(0);
    const supervisor = (await (await stack.as('t01-supervisor')).get('/my-tasks').expect(200)).body as MyTasks;
    const ratings = supervisor.items.filter((i) => i.kind === 'superior-rating').map((i) => i.organisationId);
    expect(ratings.sort()).toEqual(awaiting.map((r) => r.id));
    expect(supervisor.counts.todo).toBeGreaterThanOrEqual(awaiting.length);
    const [assessing] = await stack.db.query<{ id: string; code: string }>(
      `SELECT o.id, o.code FROM round_branches rb JOIN organisations o ON o.id = rb.organisation_id
       WHERE rb.state = 'grade.self-assessing' AND o.code LIKE 'QS-T01-V%' ORDER BY o.code LIMIT 1`,
    );
    expect(assessing).toBeDefined();
    const secretary = (
      await (await stack.as(`${assessing!.code.toLowerCase()}-secretary`)).get('/my-tasks').expect(200)
    ).body as MyTasks;
    expect(secretary.items).toContainEqual(
      expect.objectContaining({ source: 'step', stepKey: 'self-assessment', organisationId: assessing!.id }),
    );
    expect(secretary.counts.todo).toBe(secretary.items.length);
  });
});
