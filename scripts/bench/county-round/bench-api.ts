// The benchmark talks to the API as its users do: JSON over HTTP with each user's bearer token,
// one function per call it needs.
import { bearer, signedAccessToken } from './bench-tokens.mjs';

export interface BenchGrant {
  readonly role: 'administrator' | 'supervisor' | 'branch-secretary' | 'member';
  readonly organisationId: string;
}

/** A user row, the grants they hold now and a session: what the API checks every token against (ADR 0019, 0020). */
export interface BenchUser {
  readonly id: string;
  readonly username: string;
  readonly roles: readonly BenchGrant[];
  /** A live login session of theirs (ADR 0020), named by the token's `sid`. */
  readonly sessionId: string;
}

export class BenchApi {
  private readonly tokens = new Map<string, Promise<string>>();

  /** `userOf` reads each acting user's row and grants (signed as the API signs them, with `secret`). */
  constructor(
    readonly url: string,
    private readonly secret: string,
    private readonly userOf: (username: string) => Promise<BenchUser>,
  ) {}

  private async authorisation(username: string): Promise<Record<string, string>> {
    let token = this.tokens.get(username);
    if (!token) {
      token = this.userOf(username).then((user) => signedAccessToken({ ...user, roles: [...user.roles] }, this.secret));
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

  /** Uploads a file as `actor` (an administrator of the rows' grading units). */
  async upload(path: string, actor: string, fileName: string, csv: string): Promise<unknown> {
    const form = new FormData();
    form.append('file', new Blob([csv], { type: 'text/csv' }), fileName);
    const headers = await this.authorisation(actor);
    const response = await fetch(`${this.url}${path}`, { method: 'POST', headers, body: form });
    const body = await response.json();
    if (!response.ok) throw new Error(`upload ${path} → ${response.status}: ${JSON.stringify(body).slice(0, 500)}`);
    return body;
  }
}
