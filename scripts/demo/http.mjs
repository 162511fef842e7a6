// @ts-check
// The demo's HTTP plumbing: one person's calls to the API, answers as { status, body }, and the
// checks a step makes on them. Every call carries that person's own access token (their log-in).

/** @typedef {{ status: number, body: any, retryAfter?: string }} Answer */

/**
 * A person at the API: their username and calls made with their access token (none for the public).
 * @typedef {{
 *   username: string,
 *   get(path: string): Promise<Answer>,
 *   post(path: string, body?: unknown): Promise<Answer>,
 *   put(path: string, body?: unknown): Promise<Answer>,
 *   upload(path: string, fileName: string, csv: string): Promise<Answer>,
 * }} Caller
 */

/**
 * @param {string} apiUrl @param {string | null} token @param {string} username
 * @returns {Caller}
 */
export function callerWith(apiUrl, token, username) {
  /** @type {Record<string, string>} */
  const auth = token ? { authorization: `Bearer ${token}` } : {};
  /** @param {string} method @param {string} path @param {RequestInit} [init] @returns {Promise<Answer>} */
  const send = async (method, path, init = {}) => {
    const headers = { ...auth, .../** @type {Record<string, string>} */ (init.headers ?? {}) };
    const response = await fetchOnce(`${apiUrl}${path}`, { method, ...init, headers });
    const retryAfter = response.headers.get('retry-after');
    return {
      status: response.status,
      body: await response.json().catch(() => null),
      ...(retryAfter ? { retryAfter } : {}),
    };
  };
  /** @param {string} method @param {string} path @param {unknown} body */
  const json = (method, path, body) =>
    send(method, path, { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body ?? {}) });
  return {
    username,
    get: (path) => send('GET', path),
    post: (path, body) => json('POST', path, body),
    put: (path, body) => json('PUT', path, body),
    upload: (path, fileName, csv) => {
      const form = new FormData();
      form.append('file', new Blob([csv], { type: 'text/csv' }), fileName);
      return send('POST', path, { body: form });
    },
  };
}

/**
 * fetch, sent again once when the connection failed before any answer: a kept-alive socket the
 * server closed while the demo waited (admin:create, a workflow) has received nothing.
 * @param {string} url @param {RequestInit} init
 */
async function fetchOnce(url, init) {
  try {
    return await fetch(url, init);
  } catch (error) {
    const code = /** @type {{ cause?: { code?: string } }} */ (error).cause?.code;
    if (code !== 'UND_ERR_SOCKET' && code !== 'ECONNRESET') throw error;
    return fetch(url, init);
  }
}

/**
 * The body of a successful answer; otherwise throws naming what was attempted, the status and the
 * API's coded error (so a failed demo step says why).
 * @param {Answer} answer @param {string} what
 */
export function ok(answer, what) {
  if (answer.status >= 300) {
    const { code, field, message } = answer.body ?? {};
    const detail = code
      ? `${code}${field ? ` (${field})` : ''}${message ? `: ${message}` : ''}`
      : JSON.stringify(answer.body);
    throw new Error(`${what} → ${answer.status} ${detail}`.slice(0, 1500));
  }
  return answer.body;
}

/** @param {number} ms */
export const pause = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Waits until `read` returns something other than undefined (a workflow's effect shows up).
 * @template T @param {() => Promise<T | undefined>} read @param {string} what @returns {Promise<T>}
 */
export async function until(read, what, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what}: nothing after ${timeoutMs / 1000} s`);
    await pause(500);
  }
}

/** Today in Beijing as YYYY-MM-DD. */
export const beijingToday = (now = new Date()) => new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

/**
 * The year whose yearly work opens now: from 1 Nov (Beijing) it is next year's — a grading round
 * (SPEC §6 rule 2) and the annual pledges (rule 14) are prepared from the end of the year before.
 */
export function openYear(now = new Date()) {
  const beijing = new Date(now.getTime() + 8 * 3_600_000);
  return beijing.getUTCMonth() >= 10 ? beijing.getUTCFullYear() + 1 : beijing.getUTCFullYear();
}
