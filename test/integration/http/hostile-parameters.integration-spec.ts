import { jest } from '@jest/globals';
import { type Http } from '../../support/auth.js';
import { bootstrapAdministrator } from '../../support/bootstrap-registry.js';
import { useTestStack } from '../../support/test-stack.js';

jest.setTimeout(60_000);

/**
 * Issue #22, finding 4: control characters in path and query parameters, JSON nested thousands
 * deep and over-size bodies are refused at the edge — 400 naming the parameter, 400 JSON_TOO_DEEP,
 * 413 — in the project's error body, before anything runs: nothing is written, not even an audit record.
 */
const ONE_GRADING_UNIT = [
  'code,name,kind,sector_code,territorial_parent_code,vertical_department_code,management_mode,grading_unit_code,is_grading_unit',
  'QS,中共青山县委员会,committee,agency,,,1,,true',
].join('\n');

describe('hostile parameters and bodies at the HTTP edge', () => {
  const stack = useTestStack('hostile-parameters', { worker: false });
  let admin: Http;
  beforeAll(async () => {
    // The administrator of a top-level grading unit: registry-wide settings (calendar, pipelines) are theirs.
    admin = await bootstrapAdministrator(stack.api, ONE_GRADING_UNIT, 'hostile-parameters-admin');
  });

  const counts = async () =>
    (
      await stack.db.query<Record<string, number>>(
        `SELECT (SELECT count(*)::int FROM audit_records) AS audit, (SELECT count(*)::int FROM users) AS users,
                (SELECT count(*)::int FROM pipeline_definitions) AS definitions,
                (SELECT count(*)::int FROM calendar_days) AS calendar,
                (SELECT count(*)::int FROM smoke_checks) AS smoke_checks`,
      )
    )[0]!;
  const deep = (depth: number) => '['.repeat(depth) + '"x"' + ']'.repeat(depth);

  it.each([
    ['PUT', '/users/a%00b', 'username', { displayName: 'x', roles: [] }],
    ['PUT', '/users/a%00b/password', 'username', { password: 'long enough password' }],
    ['PUT', '/calendar/%00', 'year', { days: [] }],
    ['PUT', '/pipeline-definitions/%00', 'id', {}],
    ['POST', '/pipeline-definitions/a%00b/publish', 'id', {}],
    ['DELETE', '/pipeline-definitions/a%0Ab', 'id', undefined],
    ['GET', '/pipeline-definitions/%1B', 'id', undefined],
    ['GET', '/organisations?q=a%00b', 'q', undefined],
  ])('%s %s is a 400 naming %s, and nothing is written', async (method, url, field, body) => {
    const before = await counts();
    const request = admin[method.toLowerCase() as 'put' | 'post' | 'delete' | 'get'](url);
    const response = await (body === undefined ? request : request.send(body));
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      field,
      errors: [expect.objectContaining({ field, rule: 'noControlCharacters' })],
    });
    expect(response.body.messageZhCN).toContain('控制字符');
    expect(response.body.requestId).toEqual(expect.any(String));
    expect(await counts()).toEqual(before);
  });

  it('refuses a control character in a parameter before the token is even checked', async () => {
    const response = await stack.http().put('/users/a%00b').send({ displayName: 'x', roles: [] });
    expect(response.status).toBe(400);
    expect(response.body.field).toBe('username');
  });

  it.each(['/auth/login', '/smoke-checks', '/pipeline-definitions'])(
    'answers JSON nested 3,000 deep on %s with 400 JSON_TOO_DEEP before parsing it, and writes nothing',
    async (url) => {
      const before = await counts();
      const response = await admin
        .post(url)
        .set('content-type', 'application/json')
        .send(`{"username":${deep(3000)},"password":"x"}`);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ statusCode: 400, code: 'JSON_TOO_DEEP' });
      expect(response.body.messageZhCN).toContain('嵌套层数过多');
      expect(await counts()).toEqual(before);
    },
  );

  it('still parses a body nested 32 deep (it is then refused by validation, not by the parser)', async () => {
    const response = await admin
      .post('/smoke-checks')
      .set('content-type', 'application/json')
      .send(`{"message":${deep(31)}}`);
    expect(response.status).not.toBe(500);
    expect(response.body.code).not.toBe('JSON_TOO_DEEP');
  });

  it('answers an over-size body on /auth/login with 413, and writes nothing', async () => {
    const before = await counts();
    const response = await stack
      .http()
      .post('/auth/login')
      .send({ username: 'someone', password: '党'.repeat(200_000) });
    expect(response.status).toBe(413);
    expect(response.body).toMatchObject({ code: 'HTTP_413', messageZhCN: '请求内容过大' });
    expect(await counts()).toEqual(before);
  });
});
