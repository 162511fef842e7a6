// Prints the demo county (青山县) as JSON on stdout: the two import files, the users, the highlights.
//   node --import ./scripts/devkit/ts-runtime/register.mjs scripts/demo/demo-county.main.ts [organisations]
// Run by scripts/demo-county.mjs (command 1's demo), which sends it through the HTTP API.
import { generateDemoCounty, membersCsv, organisationsCsv } from '@cxzy/demo-data';

const size = Number(process.argv[2] ?? 240);
if (!Number.isInteger(size) || size < 1) {
  console.error(`usage: demo-county.main.ts [organisations ≥ 1], got ${process.argv[2]}`);
  process.exit(2);
}
const county = generateDemoCounty({ organisations: size });
process.stdout.write(
  JSON.stringify({
    organisationsCsv: organisationsCsv(county.organisations),
    membersCsv: membersCsv(county.members),
    users: county.users,
    highlights: county.highlights,
  }),
);
