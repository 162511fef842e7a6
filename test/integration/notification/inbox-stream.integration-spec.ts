import { jest } from '@jest/globals';
import { get, type IncomingMessage } from 'node:http';
import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { InboxSender } from '@cxzy/notification';
import { signedToken } from '../../support/auth.js';
import { bootApi, bootWorker } from '../../support/boot-apps.js';
import { eventually } from '../../support/eventually.js';
import { createTestDatabase, type TestDatabase } from '../../support/test-database.js';
import { testConfig } from '../../support/test-config.js';
import { uniqueTaskQueue } from '../../support/temporal.js';

jest.setTimeout(120_000);

/** Opens an SSE stream with a bearer token and collects its events as { event, data } pairs. */
async function openStream(url: string, token: string) {
  const events: { event: string; data: string }[] = [];
  const response = await new Promise<IncomingMessage>((resolve, reject) =>
    get(url, { headers: { authorization: `Bearer ${token}` } }, resolve).on('error', reject),
  );
  let buffer = '';
  response.setEncoding('utf8');
  response.on('data', (chunk: string) => {
    buffer += chunk;
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const field = (name: string) =>
        block
          .split('\n')
          .find((line) => line.startsWith(`${name}:`))
          ?.slice(name.length + 1)
          .trim() ?? '';
      events.push({ event: field('event'), data: field('data') });
    }
  });
  return { response, events, close: () => response.destroy() };
}

describe('live inbox (Server-Sent Events over PostgreSQL LISTEN/NOTIFY)', () => {
  let db: TestDatabase;
  let api: INestApplication;
  let worker: INestApplicationContext;
  let baseUrl: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    const config = testConfig({ DATABASE_URL: db.url, TEMPORAL_TASK_QUEUE: uniqueTaskQueue('stream') });
    worker = await bootWorker(config);
    api = await bootApi(config);
    await api.listen(0, '127.0.0.1');
    baseUrl = await api.getUrl();
  });

  afterAll(async () => {
    await api?.close();
    await worker?.close();
    await db?.drop();
  });

  it('pushes a notice written by the worker to its recipient’s stream, and only to theirs', async () => {
    const mine = await openStream(`${baseUrl}/inbox/stream`, await signedToken(api, 'branch-7'));
    const theirs = await openStream(`${baseUrl}/inbox/stream`, await signedToken(api, 'branch-8'));
    expect(mine.response.statusCode).toBe(200);
    expect(mine.response.headers['content-type']).toContain('text/event-stream');

    const inbox = worker.get(InboxSender, { strict: false });
    // The stream subscribes asynchronously; send until the first event arrives, each with its own key.
    let sent = 0;
    const first = await eventually(
      async () => {
        await inbox.send({
          idempotencyKey: `stream-test|${sent++}`,
          recipient: 'branch-7',
          title: { zhCN: '【今日到期】整改报告', en: '[Due today] rectification report' },
          body: { zhCN: '请今天提交整改进展。', en: 'Please report progress today.' },
        });
        return mine.events.find((e) => e.event === 'notice');
      },
      { what: 'the first pushed notice', intervalMs: 300 },
    );
    const data = JSON.parse(first.data) as { titleZhCN: string; id: string };
    expect(data.titleZhCN).toBe('【今日到期】整改报告');
    const [row] = await db.query<{ recipient: string }>('SELECT recipient FROM inbox_notices WHERE id = $1', [data.id]);
    expect(row).toEqual({ recipient: 'branch-7' });
    expect(theirs.events.filter((e) => e.event === 'notice')).toEqual([]);
    mine.close();
    theirs.close();
  });

  it('refuses a stream without a token (the recipient is always the caller)', async () => {
    const response = await new Promise<IncomingMessage>((resolve, reject) =>
      get(`${baseUrl}/inbox/stream`, resolve).on('error', reject),
    );
    expect(response.statusCode).toBe(401);
    response.resume();
  });
});
