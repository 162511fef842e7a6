// How long the pure grading rules take for a county-sized unit, so the workflow author can decide
// where they run (inside a workflow task, or in an activity). Prints figures; asserts nothing.
//   node --import ./scripts/devkit/ts-runtime/register.mjs scripts/bench/grading-classification.bench.ts [branches]
import {
  classifyGradingUnit,
  defaultPipelineDefinition,
  KNOWN_SECTOR_CODES,
  type BranchGradingInput,
  type GradingUnitInput,
  type PipelineDefinitionBody,
} from '@cxzy/domain';

const size = Number(process.argv[2] ?? 10_000);
let seed = 42;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const twoDecimals = (value: number) => Math.round(value * 100) / 100;

const definitions: Record<string, PipelineDefinitionBody> = Object.fromEntries(
  KNOWN_SECTOR_CODES.map((sector) => [sector, defaultPipelineDefinition('grading-cycle', sector)!]),
);

function branch(index: number): BranchGradingInput {
  const sectorCode = KNOWN_SECTOR_CODES[index % KNOWN_SECTOR_CODES.length]!;
  const sheet = definitions[sectorCode]!.indicatorSheet!;
  // One quality per branch drives its three sources, so scores spread over the tiers.
  const quality = 0.55 + random() * 0.45;
  const near = () => Math.min(1, Math.max(0, quality + (random() - 0.5) * 0.1));
  const items = () => Object.fromEntries(sheet.items.map((i) => [i.key, twoDecimals(i.weight * near())]));
  return {
    organisationId: `org-${index}`,
    organisationCode: `B${String(index).padStart(6, '0')}`,
    sectorCode,
    sources: {
      self: { items: items() },
      membersAndPublic: { overall: twoDecimals(100 * near()) },
      superior: { items: items() },
    },
    participation: { reachableMembers: 30, memberAppraisers: 30, publicBase: 200, publicRaters: 25 },
    facts: {
      secretaryPostVacantSince: random() < 0.01 ? '2024-10-01' : null,
      lastPartyActivityOn: '2025-03-01',
      publicSatisfactionPercent: twoDecimals(55 + random() * 45),
    },
  };
}

const input: GradingUnitInput = {
  gradingUnitId: 'bench-county',
  year: 2025,
  asOf: '2025-04-01',
  branches: Array.from({ length: size }, (_, i) => branch(i)),
  definitions,
};

const timings: number[] = [];
let result = classifyGradingUnit(input);
for (let run = 0; run < 5; run += 1) {
  const started = performance.now();
  result = classifyGradingUnit(input);
  timings.push(performance.now() - started);
}
timings.sort((a, b) => a - b);
const json = JSON.stringify(result);
console.log(`classifyGradingUnit, ${size} branches in ${KNOWN_SECTOR_CODES.length} sectors:`);
console.log(
  `  median ${timings[2]!.toFixed(0)} ms, best ${timings[0]!.toFixed(0)} ms, worst ${timings[4]!.toFixed(0)} ms`,
);
console.log(
  `  input ${(JSON.stringify(input).length / 1e6).toFixed(1)} MB JSON, result ${(json.length / 1e6).toFixed(1)} MB JSON`,
);
console.log(`  tiers: ${JSON.stringify(result.groups.map((g) => ({ size: g.size, ...g.counts })))}`);
