import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import {
  ListDeadLettersUseCase,
  NotificationPreferencesUseCases,
  RecipientScope,
  SendNotificationUseCase,
  type NotificationPreferencesView,
  type RequestContext,
} from '@cxzy/application';
import type { NotificationDeliveryEntity } from '@cxzy/persistence';
import { pageOf, PaginationQueryDto } from '../common/pagination.dto.js';
import { ErrorResponseBody } from '../errors/error-response.js';
import { requestContext } from '../http/request-context.js';
import { HoldersOf, RegistrySettings } from '../auth/public.decorator.js';
import { NotificationPreferencesDto, SendNotificationDto } from './notification.dto.js';

@ApiTags('notifications')
@Controller('notifications')
export class NotificationController {
  constructor(
    private readonly preferences: NotificationPreferencesUseCases,
    private readonly deadLetters: ListDeadLettersUseCase,
    private readonly sender: SendNotificationUseCase,
    private readonly recipients: RecipientScope,
  ) {}

  /** A person's preferences are theirs to see and set; an administrator's for the people of their grading units. */
  private ownOrAdministrator(context: RequestContext, recipient: string): Promise<RequestContext> {
    return context.actorId === recipient
      ? Promise.resolve(context)
      : this.recipients.actAsAdministratorOf(context, recipient);
  }

  @Post()
  @HoldersOf('administrator')
  @HttpCode(202)
  @ApiOperation({ summary: '发送通知 — inbox always; e-mail and SMS/webhook per the recipient’s preferences' })
  @ApiAcceptedResponse({ description: 'delivery started (or already started for this reference)' })
  @ApiResponse({ status: 400, type: ErrorResponseBody })
  @ApiResponse({
    status: 403,
    type: ErrorResponseBody,
    description: 'the recipient is outside the administrator’s grading units',
  })
  async send(@Body() dto: SendNotificationDto, @Req() request: Request) {
    const context = await this.recipients.actAsAdministratorOf(requestContext(request), dto.recipient);
    return this.sender.execute(context, { ...dto, sentBy: context.actorId, link: dto.link ?? null });
  }

  @Get('preferences/:recipient')
  @ApiOperation({ summary: '查看通知偏好 — one’s own (an administrator: anyone’s)' })
  @ApiOkResponse({ type: NotificationPreferencesDto })
  @ApiResponse({ status: 403, type: ErrorResponseBody })
  async getPreferences(
    @Param('recipient') recipient: string,
    @Req() request: Request,
  ): Promise<NotificationPreferencesView> {
    await this.ownOrAdministrator(requestContext(request), recipient);
    return this.preferences.get(recipient);
  }

  @Put('preferences/:recipient')
  @ApiOperation({ summary: '设置通知偏好 — the inbox is always on' })
  @ApiOkResponse({ type: NotificationPreferencesDto })
  @ApiResponse({ status: 403, type: ErrorResponseBody })
  @ApiResponse({ status: 422, type: ErrorResponseBody })
  async putPreferences(
    @Param('recipient') recipient: string,
    @Body() dto: NotificationPreferencesDto,
    @Req() request: Request,
  ): Promise<NotificationPreferencesView> {
    return this.preferences.update(await this.ownOrAdministrator(requestContext(request), recipient), recipient, dto);
  }

  @Get('dead-letters')
  @RegistrySettings()
  @ApiOperation({ summary: '投递失败清单 — e-mail and webhook deliveries that used up their retries' })
  async listDeadLetters(
    @Query() query: PaginationQueryDto,
  ): Promise<{ items: NotificationDeliveryEntity[]; total: number; page: number; pageSize: number }> {
    return {
      ...(await this.deadLetters.execute(pageOf(query).page, pageOf(query).pageSize)),
      ...pageOf(query),
    };
  }
}
