import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ApprovalListsUseCase, ApprovalOperationsUseCase } from '@cxzy/application';
import type { ApprovalComment, ApprovalOperation } from '@cxzy/domain';
import { ErrorResponseBody } from '../errors/error-response.js';
import { pageOf } from '../common/pagination.dto.js';
import { requestContext } from '../http/request-context.js';
import { TaskIdPipe } from './task-id.pipe.js';
import { ApprovalListDto, BulkResultDto } from './approval.dto.js';
import {
  AddSignerDto,
  ApprovalCommandDto,
  ApprovalListQueryDto,
  BulkDto,
  ReturnDto,
  TransferDto,
  type ApprovalCommentDto,
} from './approval.dto.js';

const taskId = new TaskIdPipe();
const commentOf = (dto?: ApprovalCommentDto): ApprovalComment | undefined =>
  dto ? { text: dto.text, attachments: dto.attachments ?? [] } : undefined;

/**
 * 审批任务 — the operations on one task; each is an Update on the workflow that owns the task,
 * refused at once with the reason (403 not yours, 409 not now, 422 rule, 429 催办 too soon) and
 * changing nothing when refused.
 */
@ApiTags('approvals')
@ApiBearerAuth()
@ApiResponse({ status: 400, type: ErrorResponseBody })
@ApiResponse({ status: 401, type: ErrorResponseBody, description: '未登录或令牌无效' })
@ApiResponse({ status: 403, type: ErrorResponseBody, description: '不是该任务的办理人' })
@ApiResponse({ status: 404, type: ErrorResponseBody })
@ApiResponse({ status: 409, type: ErrorResponseBody, description: '当前状态不允许此操作，状态不变' })
@Controller('approval-tasks')
export class ApprovalTasksController {
  constructor(
    private readonly operations: ApprovalOperationsUseCase,
    private readonly lists: ApprovalListsUseCase,
  ) {}

  private run(request: Request, id: string, dto: ApprovalCommandDto, operation: ApprovalOperation) {
    return this.operations.onTask(requestContext(request), id, dto.idempotencyKey, operation);
  }

  @Get()
  @ApiOperation({ summary: '我的审批 — 待办 (todo) / 已办 (done) / 抄送我 (copied) / 我发起的 (started)' })
  @ApiOkResponse({ type: ApprovalListDto })
  list(@Query() query: ApprovalListQueryDto, @Req() request: Request) {
    return this.lists.list(requestContext(request).actorId, query.list, pageOf(query));
  }

  @Post('bulk')
  @HttpCode(200)
  @ApiOperation({
    summary: '批量同意 / 批量催办 — each task validated and audited on its own; the answer lists every task’s result',
  })
  @ApiOkResponse({ type: BulkResultDto })
  bulk(@Body() dto: BulkDto, @Req() request: Request) {
    const comment = commentOf(dto.comment);
    return this.operations
      .bulk(requestContext(request), dto.idempotencyKey, dto.taskIds, (id) =>
        dto.action === 'approve' ? { kind: 'approve', taskId: id, comment } : { kind: 'urge', taskId: id, comment },
      )
      .then((results) => ({
        succeeded: results.filter((r) => r.ok).length,
        failed: results.filter((r) => !r.ok).length,
        results,
      }));
  }

  @Post(':taskId/approve')
  @HttpCode(200)
  @ApiOperation({ summary: '同意 — approve (the step completes exactly when its quorum is met)' })
  approve(@Param('taskId', taskId) id: string, @Body() dto: ApprovalCommandDto, @Req() request: Request) {
    return this.run(request, id, dto, { kind: 'approve', taskId: id, comment: commentOf(dto.comment) });
  }

  @Post(':taskId/reject')
  @HttpCode(200)
  @ApiOperation({ summary: '不同意 — reject (reason required); under 会签 / 依次 the approval ends rejected' })
  reject(@Param('taskId', taskId) id: string, @Body() dto: ApprovalCommandDto, @Req() request: Request) {
    return this.run(request, id, dto, { kind: 'reject', taskId: id, comment: commentOf(dto.comment) });
  }

  @Post(':taskId/transfer')
  @HttpCode(200)
  @ApiOperation({ summary: '转办 — hand the task to someone else; you lose it' })
  transfer(@Param('taskId', taskId) id: string, @Body() dto: TransferDto, @Req() request: Request) {
    return this.run(request, id, dto, { kind: 'transfer', taskId: id, to: dto.to, comment: commentOf(dto.comment) });
  }

  @Post(':taskId/delegate')
  @HttpCode(200)
  @ApiOperation({ summary: '委派 — someone does the work and gives it back; you decide' })
  delegate(@Param('taskId', taskId) id: string, @Body() dto: TransferDto, @Req() request: Request) {
    return this.run(request, id, dto, { kind: 'delegate', taskId: id, to: dto.to, comment: commentOf(dto.comment) });
  }

  @Post(':taskId/resolve-delegation')
  @HttpCode(200)
  @ApiOperation({ summary: '委派办结 — the delegate gives the task back with their opinion' })
  resolve(@Param('taskId', taskId) id: string, @Body() dto: ApprovalCommandDto, @Req() request: Request) {
    return this.run(request, id, dto, { kind: 'resolve-delegation', taskId: id, comment: commentOf(dto.comment) });
  }

  @Post(':taskId/add-signer')
  @HttpCode(200)
  @ApiOperation({ summary: '加签 — before / after / in parallel, as the step’s definition allows' })
  addSigner(@Param('taskId', taskId) id: string, @Body() dto: AddSignerDto, @Req() request: Request) {
    return this.run(request, id, dto, {
      kind: 'add-signer',
      taskId: id,
      signer: dto.signer,
      position: dto.position,
      comment: commentOf(dto.comment),
    });
  }

  @Post(':taskId/remove-signer')
  @HttpCode(200)
  @ApiOperation({
    summary: '减签 — take this undecided signer off the step (their adder, or as the definition allows)',
  })
  removeSigner(@Param('taskId', taskId) id: string, @Body() dto: ApprovalCommandDto, @Req() request: Request) {
    return this.run(request, id, dto, { kind: 'remove-signer', taskId: id, comment: commentOf(dto.comment) });
  }

  @Post(':taskId/return')
  @HttpCode(200)
  @ApiOperation({
    summary:
      '退回 — to an earlier step (reason required); everything from that step on is discarded and it starts afresh',
  })
  return(@Param('taskId', taskId) id: string, @Body() dto: ReturnDto, @Req() request: Request) {
    return this.run(request, id, dto, {
      kind: 'return',
      taskId: id,
      toStep: dto.toStep,
      comment: commentOf(dto.comment),
    });
  }

  @Post(':taskId/urge')
  @HttpCode(200)
  @ApiResponse({ status: 429, type: ErrorResponseBody, description: '催办过于频繁' })
  @ApiOperation({ summary: '催办 — remind whoever must act now (submitter or supervisor; rate-limited, counted)' })
  urge(@Param('taskId', taskId) id: string, @Body() dto: ApprovalCommandDto, @Req() request: Request) {
    return this.run(request, id, dto, { kind: 'urge', taskId: id, comment: commentOf(dto.comment) });
  }

  @Post(':taskId/comments')
  @HttpCode(200)
  @ApiOperation({ summary: '审批意见 — a comment on the task, with optional attachments' })
  comment(@Param('taskId', taskId) id: string, @Body() dto: ApprovalCommandDto, @Req() request: Request) {
    return this.run(request, id, dto, { kind: 'comment', taskId: id, comment: commentOf(dto.comment) });
  }
}
