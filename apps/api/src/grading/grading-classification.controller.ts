import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import {
  GetGradingClassificationUseCase,
  GradingAppraisalsUseCase,
  GradingObjectionsUseCase,
  GradingRoundActionsUseCase,
} from '@cxzy/application';
import { ClassificationPageDto, ObjectionListDto, TierDistributionDto } from './grading-reading.dto.js';
import { ErrorResponseBody } from '../errors/error-response.js';
import { publicRequestContext, requestContext } from '../http/request-context.js';
import { Public } from '../auth/public.decorator.js';
import { RateLimited } from '../http/rate-limit.guard.js';
import {
  BranchFactsDto,
  FileObjectionDto,
  IssueRatingTokensDto,
  MemberAppraisalDto,
  PageQueryDto,
  PublicAppraisalDto,
  PublicObjectionDto,
  ResolveObjectionDto,
  ReturnClassificationDto,
  RoundActionDto,
  RoundUpdateResultDto,
} from './grading-classification.dto.js';

const uuid = new ParseUUIDPipe();
/** The public has no account: its commands are audited under this name. */
const PUBLIC_ACTOR = 'public';

/**
 * 分类定级 of a round: 党员群众评议 (members and the public with tokens), the administrator's
 * proposal, the supervisor's approval or return, objections during publicity and their resolution,
 * and the tier list read from the projection.
 */
@ApiTags('grading-rounds')
@ApiResponse({ status: 400, type: ErrorResponseBody })
@Controller('grading-rounds')
export class GradingClassificationController {
  constructor(
    private readonly appraisals: GradingAppraisalsUseCase,
    private readonly actions: GradingRoundActionsUseCase,
    private readonly objections: GradingObjectionsUseCase,
    private readonly reading: GetGradingClassificationUseCase,
  ) {}

  @Post(':roundId/rating-tokens')
  @ApiOperation({
    summary:
      '发放评议码 — the administrator issues signed, expiring, single-use tokens for one branch’s public appraisal, or for objections',
  })
  @ApiCreatedResponse({ description: '{ tokens }' })
  @ApiResponse({ status: 403, type: ErrorResponseBody, description: 'not an administrator of the grading unit' })
  @ApiResponse({ status: 409, type: ErrorResponseBody, description: 'the round is not collecting appraisals' })
  issueTokens(@Param('roundId', uuid) roundId: string, @Body() dto: IssueRatingTokensDto, @Req() request: Request) {
    return this.appraisals.issueTokens(requestContext(request), { roundId, ...dto });
  }

  @Post(':roundId/branches/:orgId/appraisals')
  @ApiOperation({ summary: '党员评议 — a member of the branch appraises it once (items or overall)' })
  @ApiCreatedResponse({ description: '{ id, total }' })
  @ApiResponse({ status: 403, type: ErrorResponseBody, description: 'not a member of this branch' })
  @ApiResponse({ status: 409, type: ErrorResponseBody, description: 'already appraised, or appraisal closed' })
  @ApiResponse({ status: 422, type: ErrorResponseBody, description: 'every score problem, each with its JSON path' })
  memberAppraisal(
    @Param('roundId', uuid) roundId: string,
    @Param('orgId', uuid) organisationId: string,
    @Body() dto: MemberAppraisalDto,
    @Req() request: Request,
  ) {
    return this.appraisals.byMember(requestContext(request), { roundId, organisationId, ...dto });
  }

  @Public()
  @RateLimited('public-rating')
  @Post(':roundId/branches/:orgId/public-appraisals')
  @ApiOperation({ summary: '群众评议 — with a token issued for this branch’s appraisal in this round (spent once)' })
  @ApiCreatedResponse({ description: '{ id, total }' })
  @ApiResponse({ status: 401, type: ErrorResponseBody, description: 'forged, unknown or expired token' })
  @ApiResponse({ status: 403, type: ErrorResponseBody, description: 'the token belongs to another branch or round' })
  @ApiResponse({ status: 409, type: ErrorResponseBody, description: 'the token was used, or appraisal closed' })
  @ApiResponse({ status: 422, type: ErrorResponseBody, description: 'every score problem, each with its JSON path' })
  publicAppraisal(
    @Param('roundId', uuid) roundId: string,
    @Param('orgId', uuid) organisationId: string,
    @Body() dto: PublicAppraisalDto,
    @Req() request: Request,
  ) {
    return this.appraisals.byPublic(publicRequestContext(request, PUBLIC_ACTOR), { roundId, organisationId, ...dto });
  }

  @Put(':roundId/branches/:orgId/facts')
  @HttpCode(204)
  @ApiOperation({ summary: '否决事项 — the facts the veto rules read (secretary vacancy, last party activity)' })
  @ApiResponse({ status: 204, description: 'recorded' })
  @ApiResponse({ status: 403, type: ErrorResponseBody, description: 'not a supervisor on the leading line' })
  async facts(
    @Param('roundId', uuid) roundId: string,
    @Param('orgId', uuid) organisationId: string,
    @Body() dto: BranchFactsDto,
    @Req() request: Request,
  ): Promise<void> {
    await this.appraisals.recordFacts(requestContext(request), { roundId, organisationId, ...dto });
  }

  @Post(':roundId/classification/propose')
  @HttpCode(200)
  @ApiOperation({
    summary:
      '提出拟定等次 — the administrator classifies the unit (composite scores, quotas); refused with every branch not rated or short of participation',
  })
  @ApiOkResponse({ type: RoundUpdateResultDto })
  @ApiResponse({ status: 403, type: ErrorResponseBody, description: 'not an administrator of the grading unit' })
  @ApiResponse({ status: 409, type: ErrorResponseBody, description: 'wrong step: nothing changed' })
  @ApiResponse({ status: 422, type: ErrorResponseBody, description: 'branches not ready, each named' })
  propose(@Param('roundId', uuid) roundId: string, @Body() dto: RoundActionDto, @Req() request: Request) {
    return this.actions.propose(requestContext(request), { roundId, ...dto });
  }

  @Post(':roundId/classification/approve')
  @HttpCode(200)
  @ApiOperation({ summary: '审批拟定等次 — the supervisor approves; publicity (公示) opens' })
  @ApiOkResponse({ type: RoundUpdateResultDto })
  @ApiResponse({ status: 403, type: ErrorResponseBody, description: 'not a supervisor of the grading unit' })
  @ApiResponse({ status: 409, type: ErrorResponseBody, description: 'wrong step: nothing changed' })
  approve(@Param('roundId', uuid) roundId: string, @Body() dto: RoundActionDto, @Req() request: Request) {
    return this.actions.approve(requestContext(request), { roundId, ...dto });
  }

  @Post(':roundId/classification/return')
  @HttpCode(200)
  @ApiOperation({ summary: '退回拟定等次 — the supervisor returns it with a reason; the round collects again' })
  @ApiOkResponse({ type: RoundUpdateResultDto })
  @ApiResponse({ status: 403, type: ErrorResponseBody, description: 'not a supervisor of the grading unit' })
  @ApiResponse({ status: 409, type: ErrorResponseBody, description: 'wrong step: nothing changed' })
  @ApiResponse({ status: 422, type: ErrorResponseBody, description: 'no reason given' })
  returnClassification(
    @Param('roundId', uuid) roundId: string,
    @Body() dto: ReturnClassificationDto,
    @Req() request: Request,
  ) {
    return this.actions.return(requestContext(request), { roundId, ...dto });
  }

  @Get(':roundId/classification')
  @ApiOperation({
    summary:
      '定级结果 — per branch: score, rank, proposed and final tier, and the reason of every move (quota, veto, objection)',
  })
  @ApiOkResponse({ type: ClassificationPageDto })
  @ApiResponse({ status: 403, type: ErrorResponseBody, description: 'not an administrator or supervisor of the unit' })
  @ApiResponse({ status: 404, type: ErrorResponseBody })
  classification(@Param('roundId', uuid) roundId: string, @Query() query: PageQueryDto, @Req() request: Request) {
    return this.reading.list(requestContext(request), roundId, query.limit ?? 200, query.offset ?? 0);
  }

  @Get(':roundId/tier-distribution')
  @ApiOperation({ summary: '等次分布 — proposed and final tiers per sector, with the quota groups (cap, floor)' })
  @ApiOkResponse({ type: TierDistributionDto })
  @ApiResponse({ status: 403, type: ErrorResponseBody, description: 'not an administrator or supervisor of the unit' })
  @ApiResponse({ status: 404, type: ErrorResponseBody })
  distribution(@Param('roundId', uuid) roundId: string, @Req() request: Request) {
    return this.reading.distribution(requestContext(request), roundId);
  }

  @Post(':roundId/objections')
  @ApiOperation({
    summary:
      '提出异议 — during publicity, by the branch’s secretary or a member (from the token); real name and contact, never shown',
  })
  @ApiCreatedResponse({ description: '{ id, status }' })
  @ApiResponse({ status: 403, type: ErrorResponseBody, description: 'neither secretary nor member of the branch' })
  @ApiResponse({ status: 409, type: ErrorResponseBody, description: 'outside the publicity period' })
  @ApiResponse({ status: 422, type: ErrorResponseBody, description: 'every problem (name, contact, reason)' })
  fileObjection(@Param('roundId', uuid) roundId: string, @Body() dto: FileObjectionDto, @Req() request: Request) {
    return this.objections.file(requestContext(request), { roundId, ...dto });
  }

  @Public()
  @RateLimited('public-rating')
  @Post(':roundId/public-objections')
  @ApiOperation({
    summary: '群众提出异议 — during publicity, with a token issued for this round’s objections (spent once)',
  })
  @ApiCreatedResponse({ description: '{ id, status }' })
  @ApiResponse({ status: 401, type: ErrorResponseBody, description: 'forged, unknown or expired token' })
  @ApiResponse({ status: 409, type: ErrorResponseBody, description: 'outside the publicity period, or token used' })
  @ApiResponse({ status: 422, type: ErrorResponseBody, description: 'every problem (name, contact, reason)' })
  filePublicObjection(
    @Param('roundId', uuid) roundId: string,
    @Body() dto: PublicObjectionDto,
    @Req() request: Request,
  ) {
    return this.objections.file(publicRequestContext(request, PUBLIC_ACTOR), { roundId, ...dto });
  }

  @Get(':roundId/objections')
  @ApiOperation({ summary: '异议列表 — the public view (never who filed it) and the counts per status' })
  @ApiOkResponse({ type: ObjectionListDto })
  @ApiResponse({ status: 403, type: ErrorResponseBody, description: 'not an administrator or supervisor of the unit' })
  @ApiResponse({ status: 404, type: ErrorResponseBody })
  listObjections(@Param('roundId', uuid) roundId: string, @Query() query: PageQueryDto, @Req() request: Request) {
    return this.objections.list(requestContext(request), roundId, query.limit ?? 200, query.offset ?? 0);
  }

  @Post(':roundId/objections/:objectionId/resolve')
  @HttpCode(200)
  @ApiOperation({ summary: '处理异议 — the supervisor upholds (the branch is re-graded) or rejects (the tier stays)' })
  @ApiOkResponse({ type: RoundUpdateResultDto })
  @ApiResponse({ status: 403, type: ErrorResponseBody, description: 'not a supervisor of the grading unit' })
  @ApiResponse({ status: 404, type: ErrorResponseBody, description: 'no such objection in this round' })
  @ApiResponse({ status: 409, type: ErrorResponseBody, description: 'not in publicity, or already resolved' })
  @ApiResponse({ status: 422, type: ErrorResponseBody, description: 'no note, or upheld without a corrected rating' })
  resolveObjection(
    @Param('roundId', uuid) roundId: string,
    @Param('objectionId', uuid) objectionId: string,
    @Body() dto: ResolveObjectionDto,
    @Req() request: Request,
  ) {
    return this.actions.resolveObjection(requestContext(request), { roundId, objectionId, ...dto });
  }
}
