import type { ApiUnderTest } from '../../support/api-under-test.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type LooseBody = Record<string, any>;

/** The built-in default body of a kind and sector, fetched through the API. */
export async function defaultBodyOf(app: ApiUnderTest, kind: string, sector: string): Promise<LooseBody> {
  return (await app.http().get(`/pipeline-definitions/defaults/${kind}/${sector}`).expect(200)).body.body;
}

export async function createDraft(app: ApiUnderTest, kind: string, sector: string, body?: LooseBody) {
  const response = await (
    await app.as('admin-01')
  )
    .post('/pipeline-definitions')
    .send({ processKind: kind, sectorCode: sector, ...(body ? { body } : {}) })
    .expect(201);
  return response.body as LooseBody;
}

export async function publish(app: ApiUnderTest, id: string) {
  return (await (await app.as('admin-02')).post(`/pipeline-definitions/${id}/publish`).send({}).expect(200)).body as {
    published: LooseBody;
    retired: LooseBody | null;
  };
}

/** `RULE@field` of each entry of an error answer, sorted: order-free and readable on failure. */
export const errorCodes = (body: { errors?: { rule: string; field: string }[] }): string[] =>
  (body.errors ?? []).map((e) => `${e.rule}@${e.field}`).sort();
