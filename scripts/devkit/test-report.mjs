// @ts-check
// The end of scripts/test.sh: each phase's wall time, the ten slowest test files over all Jest
// phases, and — last, because CI reads it — "N passed, M failed" summed over the phases.
// Usage: node scripts/devkit/test-report.mjs <phases.tsv> <total seconds> <jest --json files…>
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';

const [phasesFile, totalSeconds, ...resultFiles] = process.argv.slice(2);
if (!phasesFile || !totalSeconds) throw new Error('usage: test-report.mjs <phases.tsv> <total seconds> <results…>');

console.log('\n[test] phases (wall time)');
for (const line of readFileSync(phasesFile, 'utf8').split('\n').filter(Boolean)) {
  const [name = '', seconds = '', status = ''] = line.split('\t');
  console.log(`  ${name.padEnd(12)} ${seconds.padStart(5)} s  ${status === '0' ? 'ok' : `FAILED (${status})`}`);
}
console.log(`  ${'total'.padEnd(12)} ${totalSeconds.padStart(5)} s`);

let passed = 0;
let failed = 0;
/** @type {{ file: string, seconds: number }[]} */
const files = [];
for (const path of resultFiles) {
  if (!existsSync(path)) continue; // a phase that did not run (or crashed before Jest wrote it)
  const results = JSON.parse(readFileSync(path, 'utf8'));
  passed += results.numPassedTests;
  failed += results.numFailedTests;
  if (results.numRuntimeErrorTestSuites > 0) {
    console.log(`[test] ${path}: ${results.numRuntimeErrorTestSuites} test file(s) failed to run (no tests counted)`);
  }
  for (const suite of results.testResults) {
    const start = suite.perfStats?.start ?? suite.startTime;
    const end = suite.perfStats?.end ?? suite.endTime;
    if (start && end) files.push({ file: relative(process.cwd(), suite.name), seconds: (end - start) / 1000 });
  }
}

console.log('\n[test] ten slowest test files');
for (const { file, seconds } of files.sort((a, b) => b.seconds - a.seconds).slice(0, 10)) {
  console.log(`  ${seconds.toFixed(1).padStart(6)} s  ${file}`);
}
console.log(`${passed} passed, ${failed} failed`);
