import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, annualPledgeWindow, type AppConfig } from '@cxzy/config';
import {
  annualWindowFor,
  memberRecipient,
  organisationNotFound,
  pledgeDriveNotice,
  pledgeDriveStatus,
} from '@cxzy/domain';
import { OrganisationRepository, PledgeRepository } from '@cxzy/persistence';
import { AuditTrail } from '../audit/audit-trail.service.js';
import type { RequestContext } from '../audit/request-context.js';
import { AccessPolicy } from '../auth/access-policy.service.js';
import { PLEDGE_ROLES } from './pledge-roles.js';
import { SendNotificationUseCase } from '../notification/send-notification.use-case.js';

/**
 * 启动年度承诺 — a branch launches the annual drive in one action: every member who must pledge and
 * has not yet proposed gets a notice (one delivery workflow each). The reference is the branch and
 * year, so launching again notifies nobody twice.
 */
@Injectable()
export class LaunchPledgeDriveUseCase {
  constructor(
    private readonly organisations: OrganisationRepository,
    private readonly pledges: PledgeRepository,
    private readonly notifications: SendNotificationUseCase,
    private readonly audit: AuditTrail,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: AccessPolicy,
  ) {}

  async execute(
    caller: RequestContext,
    organisationId: string,
    year: number,
  ): Promise<{ notified: number; alreadyNotified: number; excused: number; proposed: number }> {
    const organisation = await this.organisations.findById(organisationId);
    if (!organisation) throw organisationNotFound(organisationId);
    const context = await this.access.actAsAnyOf(caller, PLEDGE_ROLES.launchDrive, organisation.id);
    const status = pledgeDriveStatus(await this.pledges.driveRoster(organisationId, year));
    const notice = pledgeDriveNotice(
      organisation.name,
      year,
      annualWindowFor(year, 'member', annualPledgeWindow(this.config)).closes,
    );
    let notified = 0;
    for (const member of status.notProposed) {
      const sent = await this.notifications.execute(context, {
        recipient: memberRecipient(member.memberId),
        title: notice.title,
        body: notice.body,
        link: new URL(`/pledges/new?year=${year}`, this.config.PUBLIC_BASE_URL).toString(),
        reference: `pledge-drive/${year}`,
        sentBy: `pledge-drive/${organisationId}`,
      });
      if (!sent.duplicate) notified += 1;
    }
    const result = {
      notified,
      alreadyNotified: status.notProposed.length - notified,
      excused: status.excused.length,
      proposed: status.proposed.length,
    };
    await this.audit.record(context, {
      action: 'pledge-drive.launch',
      objectType: 'organisation',
      objectId: organisationId,
      after: { year, ...result },
    });
    return result;
  }
}
