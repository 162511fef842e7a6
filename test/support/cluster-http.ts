/** An answer of the cluster's APIs: the status and the parsed JSON body. */
export interface Reply {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON of many endpoints
}

/**
 * The cluster suite's HTTP client over its API processes: `call(api, …)` goes to `apiUrls[api % n]`
 * as `username` with their token from `tokens` (none for a caller without one: the public's routes),
 * JSON in and out; `expectCall` fails naming the request and the API's answer on another status.
 * Both read `apiUrls` and `tokens` at call time, so the suite may fill them later.
 */
export function clusterHttp(apiUrls: readonly string[], tokens: ReadonlyMap<string, string>) {
  const call = async (api: number, method: string, path: string, username: string, body?: unknown): Promise<Reply> => {
    const token = tokens.get(username);
    const response = await fetch(`${apiUrls[api % apiUrls.length]}${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  };
  const expectCall = async (expected: number, ...args: Parameters<typeof call>): Promise<Reply> => {
    const reply = await call(...args);
    if (reply.status !== expected) {
      throw new Error(
        `${args[1]} ${args[2]} as ${args[3]} on API ${args[0] % apiUrls.length}: ${reply.status} ${JSON.stringify(reply.body)}`,
      );
    }
    return reply;
  };
  return { call, expectCall };
}
