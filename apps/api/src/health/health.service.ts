import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TemporalClientProvider } from '@cxzy/temporal';

export interface DependencyHealth {
  readonly up: boolean;
  readonly latencyMs: number;
  readonly error?: string;
}

export interface HealthReport {
  readonly status: 'ok' | 'unavailable';
  readonly checks: { readonly database: DependencyHealth; readonly temporal: DependencyHealth };
}

const CHECK_TIMEOUT_MS = 3_000;

async function timed(check: () => Promise<unknown>): Promise<DependencyHealth> {
  const started = Date.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check(),
      new Promise(
        (_, reject) =>
          (timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS)),
      ),
    ]);
    return { up: true, latencyMs: Date.now() - started };
  } catch (error) {
    return { up: false, latencyMs: Date.now() - started, error: (error as Error).message };
  } finally {
    clearTimeout(timer);
  }
}

/** Reachability of the two things the API cannot work without. */
@Injectable()
export class HealthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly temporal: TemporalClientProvider,
  ) {}

  async check(): Promise<HealthReport> {
    const [database, temporal] = await Promise.all([
      timed(() => this.dataSource.query('SELECT 1')),
      timed(async () => (await this.temporal.get()).workflowService.getSystemInfo({})),
    ]);
    return { status: database.up && temporal.up ? 'ok' : 'unavailable', checks: { database, temporal } };
  }
}
