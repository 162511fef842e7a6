import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { PublicPledgeEvaluationUseCase } from '@cxzy/application';
import { ErrorResponseBody } from '../errors/error-response.js';
import { publicRequestContext, requestContext } from '../http/request-context.js';
import { Public } from '../auth/public.decorator.js';
import { RateLimited } from '../http/rate-limit.guard.js';
import { PledgeUpdateResultDto } from './pledge.dto.js';
import { IssuePublicLinksDto, PublicPledgeDto, RatePledgeDto } from './public-evaluation.dto.js';

/** 群众评议 through signed, expiring, single-use links (one rating per link). */
@ApiTags('pledges')
@ApiResponse({ status: 400, type: ErrorResponseBody })
@ApiResponse({ status: 404, type: ErrorResponseBody })
@Controller()
export class PublicEvaluationController {
  constructor(private readonly publicEvaluation: PublicPledgeEvaluationUseCase) {}

  @Post('pledges/:pledgeId/public-links')
  @ApiOperation({ summary: '签发群众评议链接 — issue signed single-use rating links for a pledge' })
  issue(
    @Param('pledgeId', new ParseUUIDPipe()) pledgeId: string,
    @Body() dto: IssuePublicLinksDto,
    @Req() request: Request,
  ) {
    return this.publicEvaluation.issue(requestContext(request), pledgeId, {
      count: dto.count,
      validDays: dto.validDays,
    });
  }

  @Public()
  @RateLimited('public-read')
  @Get('public/pledges/:pledgeId')
  @ApiOperation({
    summary: '评议对象 — what a rating link rates and who published it (403 invalid or expired link)',
  })
  @ApiQuery({ name: 'token', required: true, description: '评议链接中的 token' })
  @ApiResponse({ status: 200, type: PublicPledgeDto })
  @ApiResponse({ status: 403, type: ErrorResponseBody })
  describe(
    @Param('pledgeId', new ParseUUIDPipe()) pledgeId: string,
    @Query('token') token: string | undefined,
  ): Promise<PublicPledgeDto> {
    return this.publicEvaluation.describe(pledgeId, token ?? '') as Promise<PublicPledgeDto>;
  }

  @Public()
  @RateLimited('public-rating')
  @Post('public/pledges/:pledgeId/ratings')
  @HttpCode(200)
  @ApiOperation({
    summary: '群众评议 — rate a pledge once with a link (403 invalid/expired, 409 used or not yet open)',
  })
  @ApiResponse({ status: 200, type: PledgeUpdateResultDto })
  @ApiResponse({ status: 403, type: ErrorResponseBody })
  @ApiResponse({ status: 409, type: ErrorResponseBody })
  rate(@Param('pledgeId', new ParseUUIDPipe()) pledgeId: string, @Body() dto: RatePledgeDto, @Req() request: Request) {
    const { requestId } = publicRequestContext(request, 'public');
    return this.publicEvaluation.rate(pledgeId, {
      token: dto.token,
      score: dto.score,
      comment: dto.comment ?? null,
      requestId,
    });
  }
}
