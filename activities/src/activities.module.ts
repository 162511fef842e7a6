import { Module } from '@nestjs/common';
import { ApplicationModule } from '@cxzy/application';
import { DigestActivitiesProvider } from './notification/digest.activities.js';
import { NotificationActivitiesProvider } from './notification/notification.activities.js';
import { ReminderPlanActivitiesProvider } from './notification/reminder-plan.activities.js';
import { OrganisationActivitiesProvider } from './organisation/organisation.activities.js';
import { SmokeCheckStorageActivitiesProvider } from './storage/smoke-check-storage.activities.js';
import { StepTaskActivitiesProvider } from './storage/step-task.activities.js';
import { PledgeActivitiesProvider } from './pledge/pledge.activities.js';
import { CampaignActivitiesProvider } from './campaign/campaign.activities.js';
import { CommendationActivitiesProvider } from './commendation/commendation.activities.js';
import { GradingActivitiesProvider } from './grading/grading.activities.js';
import { GradingRoundActivitiesProvider } from './grading/grading-round.activities.js';
import { GradingLaunchActivitiesProvider } from './grading/grading-launch.activities.js';
import { ApprovalActivitiesProvider } from './approval/approval.activities.js';

/** Every activity provider; the worker registers all of them. */
export const ACTIVITY_PROVIDERS = [
  SmokeCheckStorageActivitiesProvider,
  NotificationActivitiesProvider,
  OrganisationActivitiesProvider,
  StepTaskActivitiesProvider,
  DigestActivitiesProvider,
  ReminderPlanActivitiesProvider,
  PledgeActivitiesProvider,
  CampaignActivitiesProvider,
  CommendationActivitiesProvider,
  GradingActivitiesProvider,
  GradingRoundActivitiesProvider,
  GradingLaunchActivitiesProvider,
  ApprovalActivitiesProvider,
];

@Module({ imports: [ApplicationModule], providers: ACTIVITY_PROVIDERS, exports: ACTIVITY_PROVIDERS })
export class ActivitiesModule {}
