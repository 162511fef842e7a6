import type { ActivityOptions, LocalActivityOptions } from '@temporalio/workflow';

/**
 * Our own database-backed activities (projections, inbox, lookups): retried until they succeed,
 * because an outage of our database ends and the work must not be lost; a DomainError is a
 * decision, not a fault, and is never retried. Outside channels choose their own policy.
 */
export const OWN_SERVICE_ACTIVITY: ActivityOptions = {
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', nonRetryableErrorTypes: ['DomainError'] },
};

/**
 * Read-only lookups in our own database (a definition, a calendar plan, recipients, channels), run
 * as local activities: no task-queue round trip and no extra workflow task per lookup, which is
 * most of a branch's start-up cost when a round fans out to thousands (docs/benchmarks.md).
 * Retried like the other own-service activities.
 */
export const OWN_SERVICE_LOOKUP: LocalActivityOptions = {
  startToCloseTimeout: '30 seconds',
  retry: OWN_SERVICE_ACTIVITY.retry,
};
