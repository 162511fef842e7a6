import { Logger } from '@nestjs/common';
import { DefaultLogger, Runtime, type LogEntry } from '@temporalio/worker';
import type { LogLevel } from '@temporalio/common';
import type { AppConfig } from '@cxzy/config';

const logger = new Logger('Temporal');

const temporalLevelOf: Record<AppConfig['LOG_LEVEL'], LogLevel> = {
  trace: 'TRACE',
  debug: 'DEBUG',
  info: 'INFO',
  warn: 'WARN',
  error: 'ERROR',
  fatal: 'ERROR',
  silent: 'ERROR',
};

function forward({ level, message, meta }: LogEntry): void {
  const text =
    meta && Object.keys(meta).length
      ? `${message} ${JSON.stringify(meta, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v))}`
      : message;
  if (level === 'ERROR') logger.error(text);
  else if (level === 'WARN') logger.warn(text);
  else if (level === 'INFO') logger.log(text);
  else logger.debug(text);
}

/**
 * Sends the SDK's own logs (bundler, worker state) through the application's logger at the
 * configured level, and serves the SDK's metrics for Prometheus when a bind address is given
 * (docs/deployment.md lists what to watch). The runtime is process-wide and can be installed only
 * once; tests run several workers in one process, so later calls keep the first installation.
 */
export function installTemporalRuntime(level: AppConfig['LOG_LEVEL'], metricsBindAddress?: string): void {
  if (Runtime._instance) return;
  Runtime.install({
    logger: new DefaultLogger(temporalLevelOf[level], forward),
    ...(metricsBindAddress
      ? { telemetryOptions: { metrics: { prometheus: { bindAddress: metricsBindAddress } } } }
      : {}),
  });
}
