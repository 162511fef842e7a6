import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { API_SCHEMA_FILE, renderApiSchema } from '../support/console-api-schema.mjs';
import { signedAs } from '../support/auth.js';
import { useTestStack } from '../support/test-stack.js';

const CONSOLE_DIR = new URL('../../dist/console/', import.meta.url).pathname;

/** The API serves the built console without shadowing itself, and the console's client matches the API. */
describe('the console and the API', () => {
  const stack = useTestStack('console-served', { worker: false, env: () => ({ CONSOLE_DIR }) });

  beforeAll(() => {
    if (!existsSync(`${CONSOLE_DIR}index.html`))
      throw new Error(`the console is not built (${CONSOLE_DIR}): run npm run build:console first`);
  });

  it("the console's generated API types match GET /openapi.json (regenerate with npm run console:client)", async () => {
    const document = (await stack.http().get('/openapi.json').expect(200)).body as Record<string, unknown>;
    const committed = await readFile(new URL(`../../${API_SCHEMA_FILE}`, import.meta.url), 'utf8');
    expect(committed).toBe(await renderApiSchema(document));
  });

  it('serves the console under /console/, its routes as index.html, and / redirects to it', async () => {
    const page = await stack.http().get('/console/admin/organisations').set('Accept', 'text/html').expect(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.text).toContain('<div id="root">');
    const asset = /\/console\/assets\/[^"]+\.js/.exec(page.text)?.[0];
    expect(asset).toBeDefined();
    const script = await stack.http().get(asset!).expect(200);
    expect(script.headers['cache-control']).toContain('immutable');
    expect((await stack.http().get('/').expect(302)).headers.location).toBe('/console/');
  });

  it('serves the first load compressed, at most 500 KB: the index and the scripts it loads before any page', async () => {
    const compressedSize = async (path: string) => {
      const answer = await stack.http().get(path).set('Accept-Encoding', 'br, gzip').expect(200);
      expect({ path, encoding: answer.headers['content-encoding'] }).toEqual({ path, encoding: 'br' });
      expect(answer.headers.vary).toContain('Accept-Encoding');
      return Number(answer.headers['content-length']);
    };
    const index = await stack.http().get('/console/inbox').set('Accept', 'text/html').expect(200);
    const scripts = [...index.text.matchAll(/(?:src|href)="(\/console\/assets\/[^"]+\.(?:js|css))"/g)].map(
      (m) => m[1]!,
    );
    expect(scripts.length).toBeGreaterThan(0);
    const sizes = await Promise.all(['/console/inbox', ...scripts].map(compressedSize));
    sizes.forEach((size) => expect(size).toBeGreaterThan(0));
    const total = sizes.reduce((sum, size) => sum + size, 0);
    expect(total).toBeLessThanOrEqual(500 * 1024);
    // gzip for a browser without brotli, and the plain file for a client that takes neither.
    const gzip = await stack.http().get(scripts[0]!).set('Accept-Encoding', 'gzip').expect(200);
    expect(gzip.headers['content-encoding']).toBe('gzip');
    const plain = await stack.http().get(scripts[0]!).set('Accept-Encoding', 'identity').expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(Number(plain.headers['content-length'])).toBeGreaterThan(Number(gzip.headers['content-length']));
  });

  it('never shadows an API route, even for a browser asking for HTML', async () => {
    // Every API route needs a token; any signed-in user reads the sectors.
    const reader = await signedAs(stack.api, 'console-reader');
    const sectors = await reader.get('/sectors').set('Accept', 'text/html').expect(200);
    expect(sectors.headers['content-type']).toMatch(/application\/json/);
    const missing = await stack.http().get('/no-such-route').set('Accept', 'text/html').expect(404);
    expect(missing.headers['content-type']).toMatch(/application\/json/);
    // The rating link the API issues opens the console's page; rating itself stays an API call.
    const rating = await stack
      .http()
      .get('/public/pledges/0b6c5a52-6c5e-4a8e-9c39-1d6f1f1b1c11/rate?token=x')
      .set('Accept', 'text/html')
      .expect(200);
    expect(rating.text).toContain('<div id="root">');
    const refused = await stack
      .http()
      .post('/public/pledges/0b6c5a52-6c5e-4a8e-9c39-1d6f1f1b1c11/ratings')
      .send({ token: 'x', score: 80 });
    expect(refused.headers['content-type']).toMatch(/application\/json/);
    // A unit's 三亮 page opens the console's page; its data stays an API read (JSON, even asked for HTML).
    const unit = '0b6c5a52-6c5e-4a8e-9c39-1d6f1f1b1c12';
    const board = await stack.http().get(`/public/organisations/${unit}/board`).set('Accept', 'text/html').expect(200);
    expect(board.text).toContain('<div id="root">');
    const data = await stack.http().get(`/organisations/${unit}/service-board`).set('Accept', 'text/html').expect(404);
    expect(data.headers['content-type']).toMatch(/application\/json/);
    // A commendation round's public notice page, beside its JSON (a round that does not exist: 404 JSON).
    const round = '0b6c5a52-6c5e-4a8e-9c39-1d6f1f1b1c13';
    const notice = await stack
      .http()
      .get(`/public/commendations/${round}/notice`)
      .set('Accept', 'text/html')
      .expect(200);
    expect(notice.text).toContain('<div id="root">');
    const json = await stack.http().get(`/public/commendations/${round}`).set('Accept', 'text/html').expect(404);
    expect(json.headers['content-type']).toMatch(/application\/json/);
  });
});
