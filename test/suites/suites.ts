// The integration phase of scripts/test.sh runs these suites, not the spec files one by one: each
// suite is one Jest test file that imports its specs (test/support/area-suite.ts), so NestJS,
// TypeORM and the Temporal SDK load once per suite. Sizes are balanced by the specs' measured
// times so the three Jest workers finish together; test/support/suites.spec.ts checks that every
// spec is in exactly one suite. Paths are relative to test/.
export const SUITES = {
  'grading-whole-round': [
    'integration/grading/grading-whole-round.integration-spec.ts',
    'integration/grading/grading-branch-identity.integration-spec.ts',
  ],
  'grading-classification': [
    'integration/grading/grading-worker-crash.integration-spec.ts',
    'integration/grading/grading-round-classification.integration-spec.ts',
    'integration/grading/grading-round-deploy.integration-spec.ts',
  ],
  'grading-rectification': [
    'integration/grading/grading-read-scope.integration-spec.ts',
    'integration/grading/grading-rectification.integration-spec.ts',
    'integration/grading/grading-round-identity.integration-spec.ts',
  ],
  approvals: ['integration/approvals'],
  'pledge-review': [
    'integration/pledges/pledge-review-approval.integration-spec.ts',
    'integration/pledges/pledge-peer-requests.integration-spec.ts',
    'integration/pledges/pledge-public-evaluation.integration-spec.ts',
  ],
  'pledge-lifecycle': [
    'integration/pledges/pledge-forms.integration-spec.ts',
    'integration/pledges/pledge-ownership.integration-spec.ts',
    'integration/pledges/pledge-lifecycle.integration-spec.ts',
  ],
  'pledge-resilience': [
    'integration/pledges/pledge-reminders.integration-spec.ts',
    'integration/pledges/pledge-worker-crash.integration-spec.ts',
    'integration/pledges/pledge-update-identity.integration-spec.ts',
  ],
  'security-and-http': ['integration/security', 'integration/http'],
  auth: ['integration/auth'],
  'demo-and-outages': ['integration/demo', 'integration/outages'],
  'campaigns-calendar-definitions': [
    'integration/campaigns',
    'integration/calendar',
    'integration/pipeline-definitions',
  ],
  'organisations-and-smoke-check': [
    'integration/organisations',
    'integration/smoke-check',
    'integration/worker-restart',
  ],
  'audit-and-notification': ['integration/audit', 'integration/notification'],
  'reminders-tasks-replay': ['integration/reminder', 'integration/tasks', 'replay'],
} as const satisfies Record<string, readonly string[]>;

export type SuiteName = keyof typeof SUITES;
