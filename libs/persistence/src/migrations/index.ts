import { Foundation1764100000000 } from './1764100000000-foundation.js';
import { Organisations1764200000000 } from './1764200000000-organisations.js';
import { PipelineDefinitions1764300000000 } from './1764300000000-pipeline-definitions.js';
import { Calendar20251764300000001 } from './1764300000001-calendar-2025.js';
import { NotificationChannels1764500000000 } from './1764500000000-notification-channels.js';
import { AuditTrail1764600000000 } from './1764600000000-audit-trail.js';
import { StepTasks1764650000000 } from './1764650000000-step-tasks.js';
import { Pledges1764700000000 } from './1764700000000-pledges.js';
import { GradingRounds1764800000000 } from './1764800000000-grading-rounds.js';
import { Authentication1764900000000 } from './1764900000000-authentication.js';
import { GradingClassification1765000000000 } from './1765000000000-grading-classification.js';
import { GradingRectification1765100000000 } from './1765100000000-grading-rectification.js';
import { Approvals1765300000000 } from './1765300000000-approvals.js';
import { Campaigns1765600000000 } from './1765600000000-campaigns.js';
import { Commendations1765600000001 } from './1765600000001-commendations.js';
import { ApprovalReturned1765700000000 } from './1765700000000-approval-returned.js';
import { ServiceBoards1765800000000 } from './1765800000000-service-boards.js';
import { CommendationWindows1765800000001 } from './1765800000001-commendation-windows.js';
import { MemberUserLink1765900000000 } from './1765900000000-member-user-link.js';
import { PledgePeerEvaluationRequests1766000000000 } from './1766000000000-pledge-peer-evaluation-requests.js';
import { AuditChainVersion1766300000000 } from './1766300000000-audit-chain-version.js';
import { AdministratorDuties1766400000023 } from './1766400000023-administrator-duties.js';
import { ApplicationRoleGrants1766200000000 } from './1766200000000-application-role-grants.js';
import { SelfAssessmentEvidence1766100000000 } from './1766100000000-self-assessment-evidence.js';
import { LoginSessionsAndFailures1766450000000 } from './1766450000000-login-sessions-and-failures.js';
import { Calendar20261766500000025 } from './1766500000025-calendar-2026.js';

/** Every migration, in order. Committed migrations are never edited: add a new one. */
export const migrations = [
  Foundation1764100000000,
  Organisations1764200000000,
  PipelineDefinitions1764300000000,
  Calendar20251764300000001,
  NotificationChannels1764500000000,
  AuditTrail1764600000000,
  StepTasks1764650000000,
  Pledges1764700000000,
  GradingRounds1764800000000,
  Authentication1764900000000,
  GradingClassification1765000000000,
  GradingRectification1765100000000,
  Approvals1765300000000,
  Campaigns1765600000000,
  Commendations1765600000001,
  ApprovalReturned1765700000000,
  ServiceBoards1765800000000,
  CommendationWindows1765800000001,
  MemberUserLink1765900000000,
  PledgePeerEvaluationRequests1766000000000,
  SelfAssessmentEvidence1766100000000,
  ApplicationRoleGrants1766200000000,
  AuditChainVersion1766300000000,
  AdministratorDuties1766400000023,
  LoginSessionsAndFailures1766450000000,
  Calendar20261766500000025,
];
