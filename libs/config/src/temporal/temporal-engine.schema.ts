import { statSync } from 'node:fs';
import { z } from 'zod';

const isFile = (path: string): boolean => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

const filePath = z
  .string()
  .min(1)
  .superRefine((path, ctx) => {
    if (!isFile(path)) ctx.addIssue({ code: 'custom', message: `file not found or not a regular file: ${path}` });
  })
  .optional();

/**
 * How the processes reach an engine that is not the local dev server: a Temporal cluster behind
 * TLS (self-hosted, mTLS) or Temporal Cloud (API key), and how much work one worker takes on.
 * Files are read at connection time (temporal-connection-settings.ts); here they must only exist.
 */
export const temporalEngineFields = {
  /** `true` forces TLS with the system's root CAs; `false` refuses any TLS setting. Unset: TLS when any TLS_* or the API key is set. */
  TEMPORAL_TLS: z.enum(['true', 'false']).optional(),
  /** Client certificate (PEM) for mutual TLS; needs TEMPORAL_TLS_KEY_PATH. */
  TEMPORAL_TLS_CERT_PATH: filePath,
  /** Private key (PEM) of the client certificate; needs TEMPORAL_TLS_CERT_PATH. */
  TEMPORAL_TLS_KEY_PATH: filePath,
  /** CA bundle (PEM) that signed the server's certificate; unset = the system's root CAs. */
  TEMPORAL_TLS_CA_PATH: filePath,
  /** Name checked against the server's certificate (SNI) when it differs from TEMPORAL_ADDRESS's host. */
  TEMPORAL_TLS_SERVER_NAME: z.string().min(1).optional(),
  /** Temporal Cloud API key; implies TLS. */
  TEMPORAL_API_KEY: z.string().min(1).optional(),
  /** Workflow tasks one worker process runs at once (SDK default 40); at most the sticky cache size. */
  TEMPORAL_MAX_CONCURRENT_WORKFLOW_TASKS: z.coerce.number().int().min(2).default(40),
  /** Activity tasks one worker process runs at once (SDK default 100); bounded by its database pool in practice. */
  TEMPORAL_MAX_CONCURRENT_ACTIVITY_TASKS: z.coerce.number().int().min(1).default(100),
  /**
   * A workflow bundle built ahead (`npm run build:workflow-bundle`); unset = the worker bundles the
   * workflow sources with webpack at start (~5 s and ~300 MB each time). Must come from the same sources.
   */
  TEMPORAL_WORKFLOW_BUNDLE_PATH: filePath,
  /** host:port where a worker serves the SDK's metrics for Prometheus (`/metrics`); unset = no exporter. */
  TEMPORAL_METRICS_BIND_ADDRESS: z
    .string()
    .regex(/^[^\s]+:\d+$/, 'must be host:port, e.g. 0.0.0.0:9464')
    .optional(),
};

type TemporalEngineSettings = {
  TEMPORAL_TLS?: 'true' | 'false' | undefined;
  TEMPORAL_TLS_CERT_PATH?: string | undefined;
  TEMPORAL_TLS_KEY_PATH?: string | undefined;
  TEMPORAL_TLS_CA_PATH?: string | undefined;
  TEMPORAL_TLS_SERVER_NAME?: string | undefined;
  TEMPORAL_API_KEY?: string | undefined;
  TEMPORAL_MAX_CONCURRENT_WORKFLOW_TASKS: number;
  TEMPORAL_WORKFLOW_CACHE_SIZE: number;
};

/**
 * Rules that involve more than one variable; each problem names the variable to change. Runs even
 * when a single field failed, so it reads strings by truthiness and numbers only when they are integers.
 */
export function checkTemporalEngine(config: TemporalEngineSettings, ctx: z.RefinementCtx): void {
  const problem = (variable: keyof TemporalEngineSettings, message: string) =>
    ctx.addIssue({ code: 'custom', path: [variable], message });

  if (config.TEMPORAL_TLS_CERT_PATH && !config.TEMPORAL_TLS_KEY_PATH) {
    problem('TEMPORAL_TLS_KEY_PATH', 'must be set when TEMPORAL_TLS_CERT_PATH is (mutual TLS needs both)');
  }
  if (config.TEMPORAL_TLS_KEY_PATH && !config.TEMPORAL_TLS_CERT_PATH) {
    problem('TEMPORAL_TLS_CERT_PATH', 'must be set when TEMPORAL_TLS_KEY_PATH is (mutual TLS needs both)');
  }
  if (config.TEMPORAL_TLS === 'false') {
    const needsTls = (
      ['TEMPORAL_TLS_CERT_PATH', 'TEMPORAL_TLS_CA_PATH', 'TEMPORAL_TLS_SERVER_NAME', 'TEMPORAL_API_KEY'] as const
    ).filter((name) => config[name]);
    if (needsTls.length) problem('TEMPORAL_TLS', `is false but ${needsTls.join(', ')} need TLS`);
  }
  const cache = config.TEMPORAL_WORKFLOW_CACHE_SIZE;
  if (cache === 1) problem('TEMPORAL_WORKFLOW_CACHE_SIZE', 'must be 0 (no sticky cache) or at least 2');
  const workflowTasks = config.TEMPORAL_MAX_CONCURRENT_WORKFLOW_TASKS;
  if (Number.isInteger(cache) && Number.isInteger(workflowTasks) && cache > 1 && workflowTasks > cache) {
    problem(
      'TEMPORAL_MAX_CONCURRENT_WORKFLOW_TASKS',
      `must not exceed TEMPORAL_WORKFLOW_CACHE_SIZE (${cache}) while the sticky cache is on`,
    );
  }
}
