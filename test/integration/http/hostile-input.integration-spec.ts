import { jest } from '@jest/globals';
import { eventually } from '../../support/eventually.js';
import { type Http } from '../../support/auth.js';
import { administratorOfOneUnit } from '../../support/bootstrap-registry.js';
import { useTestStack } from '../../support/test-stack.js';

// Tests wait for workflows to write their rows; on a busy 2-core machine that can pass Jest's 5 s default.
jest.setTimeout(60_000);

describe('hostile and malformed input at the HTTP edge', () => {
  const stack = useTestStack('hostile');
  // Smoke checks are an administrator's: one of a grading unit of its own.
  let caller: Http;
  beforeAll(async () => {
    caller = await administratorOfOneUnit(stack.api, 'hostile-tester');
  });
  const http = () => caller;
  const rowCount = async () =>
    (await stack.db.query<{ n: number }>('SELECT count(*)::int AS n FROM smoke_checks'))[0]!.n;

  it('refuses an oversized body with 413 and writes nothing', async () => {
    const before = await rowCount();
    const response = await http()
      .post('/smoke-checks')
      .send({ message: '党'.repeat(200_000) })
      .expect(413);
    expect(response.body).toMatchObject({ code: 'HTTP_413', messageZhCN: '请求内容过大' });
    expect(await rowCount()).toBe(before);
  });

  it('answers malformed JSON with a plain 400, no parser internals', async () => {
    const response = await http()
      .post('/smoke-checks')
      .set('content-type', 'application/json')
      .send('{"message": ')
      .expect(400);
    expect(response.body).toMatchObject({ code: 'MALFORMED_JSON', messageZhCN: '请求体不是有效的 JSON' });
    expect(JSON.stringify(response.body)).not.toMatch(/at \w+ \(|node_modules|SyntaxError/);
  });

  it('sends security headers and hides the framework', async () => {
    const response = await http().get('/health');
    expect(response.headers['x-powered-by']).toBeUndefined();
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('echoes a plain request id, replaces a hostile one, and quotes it in errors', async () => {
    const kept = await http().get('/smoke-checks/not-a-uuid').set('X-Request-Id', 'req-12345678').expect(400);
    expect(kept.headers['x-request-id']).toBe('req-12345678');
    expect(kept.body.requestId).toBe('req-12345678');
    const replaced = await http().get('/health').set('X-Request-Id', "x'); DROP TABLE audit;--");
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it.each([
    ["'; DROP TABLE smoke_checks; --", 'SQL injection'],
    ['<script>alert("党")</script>', 'script injection'],
    ['👩‍👩‍👧 支部\u200f\u202eRTL\u202c 🚩', 'emoji and bidi marks'],
    ['=HYPERLINK("http://evil")', 'spreadsheet formula'],
  ])('stores %j (%s) as plain data', async (message) => {
    const { checkId } = (await http().post('/smoke-checks').send({ message, pauseMs: 0 }).expect(202)).body;
    const view = await eventually(async () => {
      const body = (await http().get(`/smoke-checks/${checkId}`).expect(200)).body;
      return body.record ? body : undefined;
    });
    expect(view.record.message).toBe(message.trim());
    expect(await stack.db.query('SELECT message FROM smoke_checks WHERE id = $1', [checkId])).toEqual([
      { message: message.trim() },
    ]);
  });

  it('counts a long Chinese text by characters: 201 are refused (422) and never stored, 200 pass', async () => {
    const refused = await http()
      .post('/smoke-checks')
      .send({ message: '创'.repeat(201) })
      .expect(422);
    expect(refused.body).toMatchObject({ code: 'SMOKE_CHECK_MESSAGE_TOO_LONG', field: 'message' });
    const { checkId } = (
      await http()
        .post('/smoke-checks')
        .send({ message: '创'.repeat(200), pauseMs: 0 })
        .expect(202)
    ).body;
    await eventually(async () =>
      (await stack.db.query('SELECT 1 FROM smoke_checks WHERE id = $1', [checkId])).length ? true : undefined,
    );
    expect(
      await stack.db.query('SELECT char_length(message) AS n FROM smoke_checks WHERE char_length(message) > 199'),
    ).toEqual([{ n: 200 }]);
  });
});
