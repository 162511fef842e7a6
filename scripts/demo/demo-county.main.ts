// Prints the demo county (青山县) as JSON on stdout, split by grading unit: each unit's import files
// and users, for its own administrator to import (docs/security.md, "Bootstrap"); and the highlights.
//   node --import ./scripts/devkit/ts-runtime/register.mjs scripts/demo/demo-county.main.ts [organisations]
// Run by scripts/demo-county.mjs (command 1's demo), which sends it through the HTTP API.
import { generateDemoCounty, membersCsv, organisationsCsv, splitByGradingUnit } from '@cxzy/demo-data';

const size = Number(process.argv[2] ?? 240);
if (!Number.isInteger(size) || size < 1) {
  console.error(`usage: demo-county.main.ts [organisations ≥ 1], got ${process.argv[2]}`);
  process.exit(2);
}
const county = generateDemoCounty({ organisations: size });
process.stdout.write(
  JSON.stringify({
    units: splitByGradingUnit(county).map((share) => ({
      code: share.code,
      name: share.name,
      administrator: share.administrator,
      securityAdministrator: share.securityAdministrator,
      organisationsCsv: organisationsCsv(share.organisations),
      membersCsv: share.members.length > 0 ? membersCsv(share.members) : null,
      users: share.users,
    })),
    highlights: county.highlights,
  }),
);
