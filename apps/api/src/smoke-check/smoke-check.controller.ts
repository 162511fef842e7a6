import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { GetSmokeCheckUseCase, StartSmokeCheckUseCase, type SmokeCheckView } from '@cxzy/application';
import { ErrorResponseBody } from '../errors/error-response.js';
import { RateLimited } from '../http/rate-limit.guard.js';
import { requestContext } from '../http/request-context.js';
import { StartedSmokeCheckDto, StartSmokeCheckDto } from './start-smoke-check.dto.js';

/**
 * 连通性检查: proves API → Temporal → activities → PostgreSQL end to end. An administrator's, and
 * limited per administrator (SMOKE_CHECK_RATE_LIMIT_PER_MINUTE): each check starts a workflow.
 */
@ApiTags('smoke-checks')
@Controller('smoke-checks')
export class SmokeCheckController {
  constructor(
    private readonly start: StartSmokeCheckUseCase,
    private readonly get: GetSmokeCheckUseCase,
  ) {}

  @Post()
  @HttpCode(202)
  @RateLimited('smoke-check')
  @ApiOperation({ summary: '发起连通性检查 — start a smoke-check workflow (administrators)' })
  @ApiAcceptedResponse({ type: StartedSmokeCheckDto })
  @ApiResponse({ status: 400, type: ErrorResponseBody })
  @ApiResponse({ status: 403, type: ErrorResponseBody, description: 'not an administrator' })
  @ApiResponse({ status: 422, type: ErrorResponseBody })
  create(@Body() dto: StartSmokeCheckDto, @Req() request: Request): Promise<StartedSmokeCheckDto> {
    const context = requestContext(request);
    return this.start.execute(context, {
      message: dto.message,
      requestedBy: context.actorId,
      pauseMs: dto.pauseMs ?? 2000,
    });
  }

  @Get(':checkId')
  @ApiOperation({ summary: '查询连通性检查 — progress and what the activities wrote' })
  @ApiOkResponse({ description: 'workflow status, stage, database row and inbox notice' })
  @ApiResponse({ status: 403, type: ErrorResponseBody, description: 'not an administrator' })
  @ApiResponse({ status: 404, type: ErrorResponseBody })
  read(@Param('checkId', new ParseUUIDPipe()) checkId: string, @Req() request: Request): Promise<SmokeCheckView> {
    return this.get.execute(requestContext(request), checkId);
  }
}
