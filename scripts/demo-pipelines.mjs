// @ts-check
// Demo step 2: every sector gets a published pipeline per process kind (the defaults of SPEC §6,
// "默认值，可配置"), created as a draft from the default and published through the API by the
// county's administrator (a top-level grading unit's: registry-wide settings are theirs) — the same
// path an administrator takes in the console. Sectors that already have one keep it.
import { ok } from './demo/http.mjs';

const KINDS = [
  { kind: 'grading-cycle', zhCN: '晋位升级' },
  { kind: 'pledge', zhCN: '承诺践诺' },
  { kind: 'campaign', zhCN: '三亮三比三评' },
  { kind: 'commendation', zhCN: '学习先进' },
];

/** @param {import('./demo/http.mjs').Caller} admin */
export async function publishDefaultPipelines(admin) {
  console.log(`[demo] 发布各领域默认流程 / ${admin.username} publishes a default pipeline per sector and process kind`);
  const sectors = /** @type {{ code: string, nameZhCN: string }[]} */ (ok(await admin.get('/sectors'), 'sectors'));
  let published = 0;
  let kept = 0;
  for (const sector of sectors) {
    for (const { kind } of KINDS) {
      const current = await admin.get(`/pipeline-definitions/current/${kind}/${sector.code}`);
      if (current.status === 200) {
        kept += 1;
        continue;
      }
      const draft = ok(
        await admin.post('/pipeline-definitions', { processKind: kind, sectorCode: sector.code }),
        `drafting ${kind}/${sector.code}`,
      );
      ok(await admin.post(`/pipeline-definitions/${draft.id}/publish`, {}), `publishing ${kind}/${sector.code}`);
      published += 1;
    }
  }
  console.log(
    `[demo]   ${published} published, ${kept} already in force, over ${sectors.length} sectors × ${KINDS.map((k) => k.zhCN).join(' / ')}`,
  );
}
