// @ts-check
// Demo step 2: every sector gets a published pipeline per process kind (the defaults of SPEC §6,
// "默认值，可配置"), created as a draft from the default and published through the API — the same
// path an administrator takes. Sectors that already have one keep it.

import { bearer, devTokenWithGrantsOf } from './devkit/dev-auth.mjs';

const KINDS = [
  { kind: 'grading-cycle', zhCN: '晋位升级' },
  { kind: 'pledge', zhCN: '承诺践诺' },
  { kind: 'campaign', zhCN: '三亮三比三评' },
  { kind: 'commendation', zhCN: '学习先进' },
];

/**
 * @param {string} url @param {RequestInit} [init]
 * @returns {Promise<{ status: number, body: any }>}
 */
async function call(url, init) {
  const response = await fetch(url, {
    ...init,
    headers: { 'content-type': 'application/json', ...bearer(token), ...init?.headers },
  });
  return { status: response.status, body: await response.json().catch(() => null) };
}

/** The county administrator's token (set by publishDefaultPipelines). */
let token = '';

/**
 * @param {string} apiUrl
 * @param {string} [adminToken] an administrator's token; default: the demo county's qs-admin
 */
export async function publishDefaultPipelines(apiUrl, adminToken) {
  token = adminToken ?? (await devTokenWithGrantsOf(apiUrl, 'qs-admin', ['qs-admin']));
  console.log('[demo] 发布各领域默认流程 / publishing a default pipeline per sector and process kind');
  const sectors = /** @type {{ code: string, nameZhCN: string }[]} */ ((await call(`${apiUrl}/sectors`)).body);
  let published = 0;
  let kept = 0;
  for (const sector of sectors) {
    for (const { kind } of KINDS) {
      const current = await call(`${apiUrl}/pipeline-definitions/current/${kind}/${sector.code}`);
      if (current.status === 200) {
        kept += 1;
        continue;
      }
      const draft = await call(`${apiUrl}/pipeline-definitions`, {
        method: 'POST',
        body: JSON.stringify({ processKind: kind, sectorCode: sector.code }),
      });
      if (draft.status !== 201)
        throw new Error(`draft ${kind}/${sector.code}: ${draft.status} ${JSON.stringify(draft.body)}`);
      const done = await call(`${apiUrl}/pipeline-definitions/${draft.body.id}/publish`, {
        method: 'POST',
        body: JSON.stringify({}),
      });
      if (done.status !== 200)
        throw new Error(`publish ${kind}/${sector.code}: ${done.status} ${JSON.stringify(done.body)}`);
      published += 1;
    }
  }
  console.log(
    `[demo]   ${published} published, ${kept} already in force, over ${sectors.length} sectors × ${KINDS.map((k) => k.zhCN).join(' / ')}`,
  );
}
