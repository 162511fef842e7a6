import { pageOf } from '../common/pagination.dto.js';
import { Controller, Get, HttpCode, MessageEvent, Param, ParseUUIDPipe, Post, Query, Req, Sse } from '@nestjs/common';
import type { Request } from 'express';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { interval, map, merge, type Observable } from 'rxjs';
import { InboxUseCases } from '@cxzy/application';
import type { InboxNoticeEntity } from '@cxzy/persistence';
import { ErrorResponseBody } from '../errors/error-response.js';
import { requestContext } from '../http/request-context.js';
import { InboxPageDto, InboxQueryDto, type InboxNoticeDto } from './inbox.dto.js';

/** Proxies drop idle streams; a comment-like ping every 25 s keeps them open. */
const HEARTBEAT_MS = 25_000;

const toDto = (n: InboxNoticeEntity): InboxNoticeDto => ({
  id: n.id,
  titleZhCN: n.titleZhCN,
  titleEn: n.titleEn,
  bodyZhCN: n.bodyZhCN,
  bodyEn: n.bodyEn,
  link: n.link,
  createdAt: n.createdAt,
  readAt: n.readAt,
});

/** 站内信 — reminders, escalations and notices of the caller (nobody reads another person's inbox). */
@ApiTags('inbox')
@Controller('inbox')
export class InboxController {
  constructor(private readonly inbox: InboxUseCases) {}

  @Get()
  @ApiOperation({ summary: '站内信列表 — newest first, with the unread count' })
  @ApiOkResponse({ type: InboxPageDto })
  async list(@Query() query: InboxQueryDto, @Req() request: Request): Promise<InboxPageDto> {
    const paging = pageOf(query);
    const recipient = requestContext(request).actorId;
    const page = await this.inbox.list({ ...query, recipient, ...paging });
    return { ...page, items: page.items.map(toDto), ...paging };
  }

  @Post(':noticeId/read')
  @HttpCode(204)
  @ApiOperation({ summary: '标记已读' })
  @ApiNoContentResponse()
  @ApiResponse({ status: 404, type: ErrorResponseBody })
  markRead(@Param('noticeId', new ParseUUIDPipe()) noticeId: string, @Req() request: Request): Promise<void> {
    const context = requestContext(request);
    return this.inbox.markRead(context, context.actorId, noticeId);
  }

  @Sse('stream')
  @ApiOperation({ summary: '实时推送 — Server-Sent Events: one `notice` event per new notice, `ping` every 25 s' })
  stream(@Req() request: Request): Observable<MessageEvent> {
    return merge(
      this.inbox
        .stream(requestContext(request).actorId)
        .pipe(map((notice) => ({ type: 'notice', id: notice.id, data: toDto(notice) }))),
      interval(HEARTBEAT_MS).pipe(map(() => ({ type: 'ping', data: '' }))),
    );
  }
}
