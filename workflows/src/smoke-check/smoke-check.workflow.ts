import { proxyActivities, setHandler, sleep, workflowInfo } from '@temporalio/workflow';
import { buildNotificationKey, smokeCheckNotice } from '@cxzy/domain';
import {
  smokeCheckStageQuery,
  type NotificationActivities,
  type SmokeCheckInput,
  type SmokeCheckResult,
  type SmokeCheckStage,
  type SmokeCheckStorageActivities,
} from '@cxzy/contracts';
import { OWN_SERVICE_ACTIVITY } from '../activity-options.js';

const storage = proxyActivities<SmokeCheckStorageActivities>(OWN_SERVICE_ACTIVITY);

const notification = proxyActivities<NotificationActivities>(OWN_SERVICE_ACTIVITY);

/** 连通性检查: record the check, wait, leave an inbox notice, mark it done. */
export async function smokeCheckWorkflow(input: SmokeCheckInput): Promise<SmokeCheckResult> {
  let stage: SmokeCheckStage = 'recording';
  setHandler(smokeCheckStageQuery, () => stage);

  await storage.recordSmokeCheck({ checkId: input.checkId, message: input.message, requestedBy: input.requestedBy });

  stage = 'paused';
  if (input.pauseMs > 0) await sleep(input.pauseMs);

  stage = 'notifying';
  const { noticeId } = await notification.sendInboxNotice({
    idempotencyKey: buildNotificationKey({
      workflowId: workflowInfo().workflowId,
      step: 'notify',
      reason: 'completed',
    }),
    recipient: input.requestedBy,
    ...smokeCheckNotice(input.message),
  });
  await storage.markSmokeCheckCompleted({ checkId: input.checkId, noticeId });

  stage = 'completed';
  return { checkId: input.checkId, noticeId };
}
