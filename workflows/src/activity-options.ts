import type { ActivityOptions } from '@temporalio/workflow';

/**
 * Our own database-backed activities (projections, inbox, lookups): retried until they succeed,
 * because an outage of our database ends and the work must not be lost; a DomainError is a
 * decision, not a fault, and is never retried. Outside channels choose their own policy.
 */
export const OWN_SERVICE_ACTIVITY: ActivityOptions = {
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', nonRetryableErrorTypes: ['DomainError'] },
};
