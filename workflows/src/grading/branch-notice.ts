import { proxyActivities } from '@temporalio/workflow';
import { buildNotificationKey, type LocalizedText } from '@cxzy/domain';
import type { OrganisationActivities } from '@cxzy/contracts';
import type { BranchLookups } from './branch-lookups.js';
import { OWN_SERVICE_ACTIVITY } from '../activity-options.js';
import { deliverNotification } from '../notification/deliver-notification.js';

const organisations = proxyActivities<OrganisationActivities>(OWN_SERVICE_ACTIVITY);

/** Sends a notice to the branch's secretaries (inbox + channels), exactly once per key. */
export async function notifyBranchSecretaries(
  args: {
    readonly workflowId: string;
    readonly organisationId: string;
    readonly step: string;
    readonly reason: string;
    readonly notice: { readonly title: LocalizedText; readonly body: LocalizedText; readonly link: string };
  },
  lookups: Pick<BranchLookups, 'resolveStepRecipients'> = organisations,
): Promise<void> {
  const recipients = await lookups.resolveStepRecipients({
    organisationId: args.organisationId,
    level: 'self',
    assigneeRole: 'branch-secretary',
    copyOtherLine: false,
    copySuperior: false,
  });
  await Promise.all(
    recipients.to.map((recipient) =>
      deliverNotification({
        idempotencyKey: buildNotificationKey({
          workflowId: args.workflowId,
          step: args.step,
          reason: args.reason,
          level: `to:${recipient.userId}`,
          occurrence: 0,
        }),
        recipient: recipient.userId,
        ...args.notice,
      }),
    ),
  );
}
