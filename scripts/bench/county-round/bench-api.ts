// The benchmark talks to the API as its users do: JSON over HTTP, one function per call it needs.
export class BenchApi {
  constructor(readonly url: string) {}

  /** POST a JSON body as `actor`; answers status, body and the round-trip time. */
  async post(path: string, actor: string, body: object): Promise<{ status: number; body: unknown; ms: number }> {
    const started = performance.now();
    const response = await fetch(`${this.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ actor, ...body }),
    });
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
    const response = await fetch(`${this.url}${path}`, { method: 'POST', body: form });
    const body = await response.json();
    if (!response.ok) throw new Error(`upload ${path} → ${response.status}: ${JSON.stringify(body).slice(0, 500)}`);
    return body;
  }
}
