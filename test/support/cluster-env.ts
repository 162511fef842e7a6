/** The environment of the cluster suite's API and worker processes (test/cluster). */
export type ClusterEnv = Readonly<Record<string, string>>;

/**
 * The cluster profile's processes on the servers the Jest `cluster` project's global set-up started
 * (the full Temporal server on PostgreSQL), with this run's secrets and short durations.
 */
export function clusterEnv(options: {
  secrets: Readonly<Record<string, string>>;
  publicitySeconds: number;
  taskQueue: string;
}): ClusterEnv {
  const address = process.env.CXZY_CLUSTER_TEMPORAL_ADDRESS;
  const databaseUrl = process.env.CXZY_CLUSTER_DATABASE_URL;
  if (!address || !databaseUrl) throw new Error('run through the Jest `cluster` project (its globalSetup)');
  return {
    TEMPORAL_ADDRESS: address,
    DATABASE_URL: databaseUrl,
    // One Redis for both APIs' rate limits (ADR 0022), under this run's own prefix.
    REDIS_URL: process.env.CXZY_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    RATE_LIMIT_KEY_PREFIX: `cxzy-cluster:${options.taskQueue.replace(/[^A-Za-z0-9_.-]/g, '_').slice(0, 40)}:`,
    LOG_LEVEL: 'warn',
    NODE_ENV: 'test',
    // Four processes × 5 + the test's 2 + the cluster server's own (~30) stay well within PostgreSQL's 100.
    DATABASE_POOL_SIZE: '5',
    ...options.secrets,
    PASSWORD_HASH_COST: '4',
    TEMPORAL_TASK_QUEUE: options.taskQueue,
    REMINDER_QUIET_HOURS: '',
    // Short durations: publicity of seconds; a progress "month" long enough that no period runs out.
    GRADING_PUBLICITY_SECONDS: String(options.publicitySeconds),
    GRADING_PROGRESS_MONTH_SECONDS: '300',
    // Pages of 4, two per run: the fan-out of 24 continues as new twice.
    GRADING_FAN_OUT_BATCH: '4',
    GRADING_FAN_OUT_BATCHES_PER_RUN: '2',
    // One public appraisal per branch, all from one address (the test) within a minute or two.
    PUBLIC_RATING_RATE_LIMIT_PER_MINUTE: '10000',
  };
}
