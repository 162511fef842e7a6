import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { PledgeUpdatesUseCase } from '@cxzy/application';
import { ErrorResponseBody } from '../errors/error-response.js';
import { requestContext } from '../http/request-context.js';
import { PeerEvaluationRequestResultDto, RequestPeerEvaluationDto } from './peer-evaluation.dto.js';

/** 邀请互评 (ADR 0016): a member gives a peer evaluation only when the branch asked them. */
@ApiTags('pledges')
@Controller()
export class PeerEvaluationController {
  constructor(private readonly updates: PledgeUpdatesUseCase) {}

  @Post('pledges/:pledgeId/peer-evaluation-requests')
  @HttpCode(200)
  @ApiOperation({
    summary:
      '邀请互评 — the branch secretary asks members of the branch (not the pledger) for a peer evaluation; they see it in GET /my-tasks (audited)',
  })
  @ApiOkResponse({ type: PeerEvaluationRequestResultDto })
  @ApiResponse({ status: 400, type: ErrorResponseBody })
  @ApiResponse({ status: 403, type: ErrorResponseBody, description: "not the branch secretary of the pledge's branch" })
  @ApiResponse({ status: 404, type: ErrorResponseBody })
  @ApiResponse({ status: 409, type: ErrorResponseBody, description: 'the pledge is not being fulfilled or evaluated' })
  @ApiResponse({ status: 422, type: ErrorResponseBody, description: 'a member outside the branch, or the pledger' })
  request(
    @Param('pledgeId', new ParseUUIDPipe()) pledgeId: string,
    @Body() dto: RequestPeerEvaluationDto,
    @Req() request: Request,
  ) {
    return this.updates.requestPeerEvaluation(requestContext(request), pledgeId, {
      key: dto.idempotencyKey,
      memberIds: dto.memberIds,
    });
  }
}
