// The benchmark's printed table: each figure with its workload, the ratios the issue sets targets
// for, and how each figure grows from the smallest to the largest size.
import type { CountyRoundFigures } from './county-round.js';
import type { EngineCeiling } from './engine-ceiling.js';
import { round1 } from './measure.js';

export interface BenchReport {
  readonly machine: string;
  readonly versions: Record<string, string>;
  readonly ceiling: EngineCeiling;
  readonly rounds: readonly CountyRoundFigures[];
  readonly measuredAt: string;
  /** 1-minute load average when the run started and when it ended. */
  readonly load: { readonly atStart: number; readonly atEnd: number };
}

const ms = (value: number) => `${Math.round(value)} ms`;
const s = (value: number) => `${(value / 1000).toFixed(1)} s`;
const row = (cells: readonly (string | number)[]) => `| ${cells.join(' | ')} |`;

export function renderReport(report: BenchReport): string {
  const { ceiling, rounds } = report;
  const lines = [
    `Machine: ${report.machine}. Versions: ${Object.entries(report.versions)
      .map(([k, v]) => `${k} ${v}`)
      .join(
        ', ',
      )}. Measured ${report.measuredAt}; load average ${report.load.atStart} at the start, ${report.load.atEnd} at the end.`,
    '',
    row(['figure', 'workload', 'value']),
    row(['---', '---', '---:']),
    row([
      '(1) engine: no-op workflows started',
      `${ceiling.workflows} workflows, ${ceiling.updateConcurrency} at a time`,
      `${ceiling.startsPerSecond}/s`,
    ]),
    row([
      '(1) engine: no-op workflows completed (1 activity each)',
      `${ceiling.workflows} workflows`,
      `${ceiling.completedPerSecond}/s`,
    ]),
    row([
      '(1) no-op Update p50 / p95 / p99, one at a time',
      `${ceiling.updateSequential.samples} Updates`,
      `${ms(ceiling.updateSequential.p50)} / ${ms(ceiling.updateSequential.p95)} / ${ms(ceiling.updateSequential.p99)}`,
    ]),
    row([
      `(1) no-op Update p50 / p95 / p99, ${ceiling.updateConcurrency} at once`,
      `${ceiling.updateConcurrent.samples} Updates`,
      `${ms(ceiling.updateConcurrent.p50)} / ${ms(ceiling.updateConcurrent.p95)} / ${ms(ceiling.updateConcurrent.p99)}`,
    ]),
  ];
  for (const r of rounds) {
    const launchRatio = r.launch.startedPerSecond / ceiling.completedPerSecond;
    const approvalRatio = r.approval.p99 / ceiling.updateConcurrent.p99;
    lines.push(
      row(['(2) launch → every branch workflow running', `${r.branches} branches`, s(r.launch.allRunningMs)]),
      row(['(2) launch → every deploy notice in the inbox', `${r.branches} branches`, s(r.launch.allNotifiedMs)]),
      row(['(2) launch → every acknowledgement step open (待办)', `${r.branches} branches`, s(r.launch.allOpenMs)]),
      row([
        '(2) branch workflows started per second (÷ engine completed/s)',
        `${r.branches} branches`,
        `${r.launch.startedPerSecond}/s (${Math.round(launchRatio * 100)} %)`,
      ]),
      row([
        `(3) approval (superior rating) p50 / p95 / p99 via HTTP, ${r.approval.concurrency} at once (p99 ÷ no-op p99)`,
        `${r.approval.samples} approvals, ${r.branches}-branch round`,
        `${ms(r.approval.p50)} / ${ms(r.approval.p95)} / ${ms(r.approval.p99)} (${round1(approvalRatio)}×)`,
      ]),
      row([
        '(4) reminder sweep: every to-do digest in the inbox',
        `${r.sweep.notices} branches due today`,
        `${s(r.sweep.ms)}, ${r.sweep.perSecond}/s`,
      ]),
      row([
        '(5) peak RSS API / worker (workflow cache size)',
        `${r.branches}-branch round`,
        `${r.peakRssMiB.api} / ${r.peakRssMiB.worker} MiB (${r.workflowCacheSize})`,
      ]),
    );
  }
  if (rounds.length >= 2) {
    const [small, large] = [rounds[0]!, rounds[rounds.length - 1]!];
    const size = large.branches / small.branches;
    const growth = (a: number, b: number) => `${round1(b / a)}× for ${round1(size)}× the branches`;
    lines.push(
      '',
      `Growth from ${small.branches} to ${large.branches} branches: launch ${growth(small.launch.allRunningMs, large.launch.allRunningMs)}; ` +
        `sweep ${growth(small.sweep.ms, large.sweep.ms)}; approval p99 ${round1(large.approval.p99 / small.approval.p99)}×; ` +
        `worker peak RSS ${round1(large.peakRssMiB.worker / small.peakRssMiB.worker)}×.`,
    );
  }
  const largest = rounds[rounds.length - 1];
  if (largest) {
    const launchOk = largest.launch.startedPerSecond >= 0.5 * ceiling.completedPerSecond;
    const approvalOk = largest.approval.p99 <= 3 * ceiling.updateConcurrent.p99;
    lines.push(
      '',
      `Targets at ${largest.branches} branches: launch rate ≥ 50 % of the engine ceiling — ${launchOk ? 'met' : 'NOT met'}; ` +
        `approval p99 ≤ 3× no-op Update p99 (same concurrency) — ${approvalOk ? 'met' : 'NOT met'}. ` +
        'Every branch workflow, deploy notice, approval and digest was counted: exactly one each.',
    );
  }
  return lines.join('\n');
}
