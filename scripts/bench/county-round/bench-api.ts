// The benchmark talks to the API as its users do: JSON over HTTP with each user's bearer token,
// one function per call it needs.
import { bearer, devAccessToken, devBootstrapToken } from '../../devkit/dev-auth.mjs';

export interface BenchGrant {
  readonly role: 'administrator' | 'supervisor' | 'branch-secretary' | 'member';
  readonly organisationId: string;
}

export class BenchApi {
  private readonly tokens = new Map<string, Promise<string>>();

  /** `grantsOf` names what each acting user holds (the registry's roles, signed as the API signs them). */
  constructor(
    readonly url: string,
    private readonly grantsOf: (username: string) => Promise<BenchGrant[]>,
  ) {}

  private async authorisation(username: string): Promise<Record<string, string>> {
    let token = this.tokens.get(username);
    if (!token) {
      token = this.grantsOf(username).then((grants) => devAccessToken(username, [...grants]));
      this.tokens.set(username, token);
    }
    return bearer(await token);
  }

  /** POST a JSON body as `actor`; answers status, body and the round-trip time (token signing excluded). */
  async post(path: string, actor: string, body: object): Promise<{ status: number; body: unknown; ms: number }> {
    const headers = { 'content-type': 'application/json', ...(await this.authorisation(actor)) };
    const started = performance.now();
    const response = await fetch(`${this.url}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
    const parsed = await response.json().catch(() => null);
    return { status: response.status, body: parsed, ms: performance.now() - started };
  }

  /** POST, and throw with the answer unless the status is the expected one. */
  async postExpect<T = unknown>(path: string, actor: string, body: object, expected: number): Promise<T> {
    const answer = await this.post(path, actor, body);
    if (answer.status !== expected)
      throw new Error(
        `POST ${path} → ${answer.status} (expected ${expected}): ${JSON.stringify(answer.body).slice(0, 500)}`,
      );
    return answer.body as T;
  }

  async upload(path: string, fileName: string, csv: string): Promise<unknown> {
    const form = new FormData();
    form.append('file', new Blob([csv], { type: 'text/csv' }), fileName);
    const headers = bearer(await devBootstrapToken());
    const response = await fetch(`${this.url}${path}`, { method: 'POST', headers, body: form });
    const body = await response.json();
    if (!response.ok) throw new Error(`upload ${path} → ${response.status}: ${JSON.stringify(body).slice(0, 500)}`);
    return body;
  }
}
