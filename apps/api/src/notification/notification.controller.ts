import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import {
  AccessPolicy,
  ListDeadLettersUseCase,
  NotificationPreferencesUseCases,
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
    private readonly access: AccessPolicy,
  ) {}

  /** A person's preferences are theirs to see and set; an administrator may set them for anyone. */
  private ownOrAdministrator(context: RequestContext, recipient: string): RequestContext {
    return context.actorId === recipient ? context : this.access.actAsAdministrator(context);
  }

  @Post()
  @HoldersOf('administrator')
  @HttpCode(202)
  @ApiOperation({ summary: '发送通知 — inbox always; e-mail and SMS/webhook per the recipient’s preferences' })
  @ApiAcceptedResponse({ description: 'delivery started (or already started for this reference)' })
  @ApiResponse({ status: 400, type: ErrorResponseBody })
  send(@Body() dto: SendNotificationDto, @Req() request: Request) {
    const context = requestContext(request);
    return this.sender.execute(context, { ...dto, sentBy: context.actorId, link: dto.link ?? null });
  }

  @Get('preferences/:recipient')
  @ApiOperation({ summary: '查看通知偏好 — one’s own (an administrator: anyone’s)' })
  @ApiOkResponse({ type: NotificationPreferencesDto })
  @ApiResponse({ status: 403, type: ErrorResponseBody })
  getPreferences(@Param('recipient') recipient: string, @Req() request: Request): Promise<NotificationPreferencesView> {
    this.ownOrAdministrator(requestContext(request), recipient);
    return this.preferences.get(recipient);
  }

  @Put('preferences/:recipient')
  @ApiOperation({ summary: '设置通知偏好 — the inbox is always on' })
  @ApiOkResponse({ type: NotificationPreferencesDto })
  @ApiResponse({ status: 422, type: ErrorResponseBody })
  putPreferences(
    @Param('recipient') recipient: string,
    @Body() dto: NotificationPreferencesDto,
    @Req() request: Request,
  ): Promise<NotificationPreferencesView> {
    return this.preferences.update(this.ownOrAdministrator(requestContext(request), recipient), recipient, dto);
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
