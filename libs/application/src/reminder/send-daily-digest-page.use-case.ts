import { Injectable } from '@nestjs/common';
import { beijingDateTime, buildNotificationKey, isRole, renderDailyDigest } from '@cxzy/domain';
import { ChannelResolver, DeadLetterRecorder, EmailSender, InboxSender } from '@cxzy/notification';
import { StepTaskRepository, UserRepository, type DueTask } from '@cxzy/persistence';

export interface DigestPageRequest {
  /** ISO instant the digest is for; before it a step is overdue. */
  readonly asOf: string;
  /** Steps due within this many days are listed as due soon. */
  readonly dueWithinDays: number;
  /** Paging over organisations, in id order. */
  readonly afterOrganisationId: string | null;
  readonly organisations: number;
}

export interface DigestPageResult {
  readonly nextAfterOrganisationId: string | null;
  readonly digests: number;
}

const DAY_MS = 86_400_000;

/**
 * 每日待办提醒, one page of organisations: each person who has to act on an open step there gets
 * one digest a day — in the inbox, and by e-mail when they asked for it. Exactly once per person
 * and day (the key), so a retried page or a re-run schedule sends nothing twice.
 */
@Injectable()
export class SendDailyDigestPageUseCase {
  constructor(
    private readonly tasks: StepTaskRepository,
    private readonly users: UserRepository,
    private readonly inbox: InboxSender,
    private readonly email: EmailSender,
    private readonly channels: ChannelResolver,
    private readonly deadLetters: DeadLetterRecorder,
  ) {}

  async execute(request: DigestPageRequest): Promise<DigestPageResult> {
    const asOf = new Date(request.asOf);
    const due = await this.tasks.dueByOrganisation(
      new Date(asOf.getTime() + request.dueWithinDays * DAY_MS),
      request.afterOrganisationId,
      request.organisations,
    );
    const byOrganisation = new Map<string, DueTask[]>();
    for (const task of due)
      byOrganisation.set(task.organisationId, [...(byOrganisation.get(task.organisationId) ?? []), task]);

    const holders = await this.users.holdersOf(
      [...byOrganisation].map(([organisationId, tasks]) => ({
        organisationId,
        roles: [...new Set(tasks.map((t) => t.assigneeRole))].filter(isRole),
      })),
    );
    const date = beijingDateTime(asOf).date;
    for (const holder of holders) {
      const tasks = byOrganisation.get(holder.organisationId) ?? [];
      const digest = renderDailyDigest({
        organisationName: tasks[0]?.organisationName ?? '',
        date,
        asOf: request.asOf,
        items: tasks.map((t) => ({
          process: t.process,
          step: t.step,
          deadlineAt: t.deadlineAt.toISOString(),
          link: t.link,
        })),
      });
      const idempotencyKey = buildNotificationKey({
        workflowId: 'daily-digest',
        step: date,
        reason: holder.organisationId,
        level: holder.username,
      });
      await this.inbox.send({ idempotencyKey, recipient: holder.username, ...digest });
      await this.sendEmail(idempotencyKey, holder.username, digest);
    }
    const organisationIds = [...byOrganisation.keys()];
    return {
      nextAfterOrganisationId:
        organisationIds.length === request.organisations ? organisationIds[organisationIds.length - 1]! : null,
      digests: holders.length,
    };
  }

  private async sendEmail(
    idempotencyKey: string,
    recipient: string,
    digest: ReturnType<typeof renderDailyDigest>,
  ): Promise<void> {
    const { email } = await this.channels.resolve(recipient);
    if (!email) return;
    try {
      await this.email.send({
        idempotencyKey,
        recipient,
        to: email,
        subject: digest.title.zhCN,
        text: `${digest.body.zhCN}\n\n—\n${digest.body.en}`,
      });
    } catch (error) {
      // A refused address must not hold up everyone else's digest; transient failures retry the page.
      if ((error as Error).name !== 'PermanentDeliveryError') throw error;
      await this.deadLetters.record(idempotencyKey, 'email', (error as Error).message);
    }
  }
}
