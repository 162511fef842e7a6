import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ApprovalOperationsUseCase, DeputyRangesUseCase, StartApprovalUseCase } from '@cxzy/application';
import { ErrorResponseBody } from '../errors/error-response.js';
import { requestContext } from '../http/request-context.js';
import { ApprovalCommandDto, CopyDto, DeputyRangeDto, StartApprovalDto } from './approval.dto.js';

const uuid = new ParseUUIDPipe();
const commentOf = (dto?: { text: string; attachments?: string[] }) =>
  dto ? { text: dto.text, attachments: dto.attachments ?? [] } : undefined;

/** 审批 — start a standalone approval, read it, and the operations on a whole approval. */
@ApiTags('approvals')
@ApiBearerAuth()
@ApiResponse({ status: 400, type: ErrorResponseBody })
@ApiResponse({ status: 401, type: ErrorResponseBody, description: '未登录或令牌无效' })
@ApiResponse({ status: 403, type: ErrorResponseBody })
@ApiResponse({ status: 404, type: ErrorResponseBody })
@ApiResponse({ status: 409, type: ErrorResponseBody, description: '当前状态不允许此操作，状态不变' })
@Controller()
export class ApprovalsController {
  constructor(
    private readonly start: StartApprovalUseCase,
    private readonly operations: ApprovalOperationsUseCase,
    private readonly deputies: DeputyRangesUseCase,
  ) {}

  @Post('approvals')
  @HttpCode(202)
  @ApiOperation({ summary: '发起审批 — a sequence of approval steps (definition step format) with the people of each' })
  create(@Body() dto: StartApprovalDto, @Req() request: Request) {
    return this.start.execute(requestContext(request), {
      title: dto.title,
      steps: dto.steps,
      people: dto.people,
      supervisors: dto.supervisors ?? [],
      organisationId: dto.organisationId ?? null,
      ...(dto.comment ? { comment: commentOf(dto.comment) } : {}),
    });
  }

  @Get('approvals/:processId')
  @ApiOperation({ summary: '审批详情 — the stored approval, its history, and the live tasks while it runs' })
  read(@Param('processId', uuid) processId: string, @Req() request: Request) {
    return this.operations.status(requestContext(request), processId);
  }

  @Post('approvals/:processId/withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: '撤回 — the submitter takes it back while nobody has acted on it' })
  withdraw(@Param('processId', uuid) id: string, @Body() dto: ApprovalCommandDto, @Req() request: Request) {
    return this.operations.onProcess(requestContext(request), id, dto.idempotencyKey, {
      kind: 'withdraw',
      comment: commentOf(dto.comment),
    });
  }

  @Post('approvals/:processId/cc')
  @HttpCode(200)
  @ApiOperation({ summary: '抄送 — copy people (read-only; they get an inbox item and see it under 抄送我)' })
  copy(@Param('processId', uuid) id: string, @Body() dto: CopyDto, @Req() request: Request) {
    return this.operations.onProcess(requestContext(request), id, dto.idempotencyKey, {
      kind: 'cc',
      userIds: dto.userIds,
      comment: commentOf(dto.comment),
    });
  }

  @Post('approvals/:processId/comments')
  @HttpCode(200)
  @ApiOperation({ summary: '审批意见 — a comment on the approval as a whole' })
  comment(@Param('processId', uuid) id: string, @Body() dto: ApprovalCommandDto, @Req() request: Request) {
    return this.operations.onProcess(requestContext(request), id, dto.idempotencyKey, {
      kind: 'comment',
      taskId: null,
      comment: commentOf(dto.comment),
    });
  }

  @Get('approval-deputies')
  @ApiOperation({ summary: '我的代理设置 — my deputy ranges' })
  deputyRanges(@Req() request: Request) {
    return this.deputies.list(requestContext(request));
  }

  @Post('approval-deputies')
  @HttpCode(201)
  @ApiOperation({ summary: '设置代理 — while I am away, new tasks go to my deputy (marked; the audit names both)' })
  addDeputy(@Body() dto: DeputyRangeDto, @Req() request: Request) {
    return this.deputies.add(requestContext(request), {
      deputyId: dto.deputyId,
      from: dto.from,
      until: dto.until,
    });
  }

  @Delete('approval-deputies/:id')
  @HttpCode(204)
  @ApiOperation({ summary: '取消代理 — remove one of my deputy ranges' })
  async removeDeputy(@Param('id', uuid) id: string, @Req() request: Request) {
    await this.deputies.remove(requestContext(request), id);
  }
}
