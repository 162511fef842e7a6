// `npm run bench:import`: imports 1,000 and 10,000 generated organisations through the real use case
// (file parsing, whole-registry checks, one transaction, one upsert statement) into a throw-away
// database per size, then re-imports the same file as CSV and as .xlsx (everything unchanged), then
// imports the county's members; prints seconds and rows/s. Results and the machine: docs/benchmarks.md.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { cpus } from 'node:os';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { DataSource } from 'typeorm';
import {
  AccessPolicy,
  AuditTrail,
  ImportMembersUseCase,
  ImportOrganisationsUseCase,
  type TabularFile,
} from '@cxzy/application';
import { generateDemoCounty, membersCsv, organisationsCsv } from '@cxzy/demo-data';
import {
  AuditChainKeys,
  AuditRecordRepository,
  dataSourceOptions,
  MemberRepository,
  OrganisationImportRepository,
  OrganisationRepository,
  runMigrationsExclusively,
} from '@cxzy/persistence';
import { dropDatabase, ensureDatabase, ensurePostgresRunning } from '../devkit/postgres.mjs';

const benchAuditKeys = AuditChainKeys.fromConfig({
  AUDIT_MAC_KEY: randomBytes(32).toString('base64url'),
  AUDIT_MAC_KEY_ID: 'bench',
  AUDIT_MAC_PREVIOUS_KEYS: '',
});

const serverUrl = process.env.BENCH_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const sizes = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number);

async function xlsxOf(csv: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('organisations');
  for (const row of parse(csv) as string[][]) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; seconds: number }> {
  const started = process.hrtime.bigint();
  const result = await work();
  return { result, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

interface Line {
  /** Rows in the file. */
  size: number;
  step: string;
  seconds: number;
  outcome: string;
}

async function benchmark(size: number): Promise<Line[]> {
  const url = new URL(serverUrl);
  url.pathname = `/cxzy_bench_${process.pid}_${size}`;
  await ensureDatabase(url.toString());
  const dataSource = new DataSource({ ...dataSourceOptions(url.toString()), logging: false });
  try {
    await dataSource.initialize();
    await runMigrationsExclusively(dataSource, { name: 'cxzy_app' });
    // No caller context: the benchmark measures the imports, not the administrator's scope check.
    const access = new AccessPolicy(new OrganisationRepository(dataSource));
    const importer = new ImportOrganisationsUseCase(new OrganisationImportRepository(dataSource), access);
    const county = generateDemoCounty({ organisations: size });
    const csv = organisationsCsv(county.organisations);
    const csvFile: TabularFile = { fileName: 'county.csv', content: new TextEncoder().encode(csv) };
    const xlsxFile: TabularFile = { fileName: 'county.xlsx', content: await xlsxOf(csv) };

    const lines: Line[] = [];
    for (const [step, file] of [
      ['CSV, first import', csvFile],
      ['CSV, re-import', csvFile],
      ['XLSX, re-import', xlsxFile],
    ] as const) {
      const { result, seconds } = await timed(() => importer.execute({ file, dryRun: false }));
      lines.push({ size, step, seconds, outcome: `created ${result.created}, unchanged ${result.unchanged}` });
    }
    const members = new ImportMembersUseCase(
      new MemberRepository(dataSource),
      access,
      // A throw-away key: the benchmark's database is dropped at the end.
      new AuditTrail(new AuditRecordRepository(dataSource, benchAuditKeys)),
    );
    const membersFile: TabularFile = {
      fileName: 'members.csv',
      content: new TextEncoder().encode(membersCsv(county.members)),
    };
    const { result, seconds } = await timed(() => members.execute({ file: membersFile, dryRun: false }));
    lines.push({
      size: result.rows,
      step: `members of those ${size} organisations, CSV`,
      seconds,
      outcome: `created ${result.created}`,
    });
    return lines;
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await dropDatabase(url.toString());
  }
}

await ensurePostgresRunning(serverUrl);
console.log(
  `[bench] organisation import — ${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`,
);
const results: Line[] = [];
for (const size of sizes) results.push(...(await benchmark(size)));
console.log('');
console.log('| rows | step | seconds | rows/s | outcome |');
console.log('| ---: | --- | ---: | ---: | --- |');
for (const line of results) {
  const rate = Math.round(line.size / line.seconds).toLocaleString('en-US');
  console.log(
    `| ${line.size.toLocaleString('en-US')} | ${line.step} | ${line.seconds.toFixed(2)} | ${rate} | ${line.outcome} |`,
  );
}
