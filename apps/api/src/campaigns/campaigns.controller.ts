import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CampaignConsoleUseCase, CampaignUseCases } from '@cxzy/application';
import { ErrorResponseBody } from '../errors/error-response.js';
import { publicRequestContext, requestContext } from '../http/request-context.js';
import { Public } from '../auth/public.decorator.js';
import { RateLimited } from '../http/rate-limit.guard.js';
import {
  CloseFollowUpDto,
  CompetitionEntryDto,
  IssueCampaignTokensDto,
  LaunchCampaignDto,
  LeaderCommentDto,
  PeerReviewDto,
  RateCampaignDto,
} from './campaign.dto.js';
import {
  CampaignDto,
  CampaignLaunchedDto,
  CampaignRankedDto,
  CampaignResultRowDto,
  CampaignSummaryDto,
  CampaignTokensDto,
  EntryScoredDto,
  FollowUpClosedDto,
  FollowUpDto,
  LeaderCommentRecordedDto,
  ListCampaignsQueryDto,
  PeerReviewRecordedDto,
  PublicRatingRecordedDto,
} from './campaign-response.dto.js';

/** 三亮三比三评 — window units' campaigns (docs/campaigns.md). */
@ApiTags('campaigns')
@ApiBearerAuth()
@ApiResponse({ status: 400, type: ErrorResponseBody })
@ApiResponse({ status: 403, type: ErrorResponseBody })
@ApiResponse({ status: 404, type: ErrorResponseBody })
@ApiResponse({ status: 409, type: ErrorResponseBody })
@Controller()
export class CampaignsController {
  constructor(
    private readonly campaigns: CampaignUseCases,
    private readonly reads: CampaignConsoleUseCase,
  ) {}

  @Get('campaigns')
  @ApiOperation({ summary: '活动列表 — the campaigns of an organisation and of the units below it' })
  @ApiOkResponse({ type: [CampaignSummaryDto] })
  list(@Query() query: ListCampaignsQueryDto, @Req() request: Request) {
    return this.reads.list(requestContext(request), query.organisationId);
  }

  @Post('campaigns')
  @HttpCode(201)
  @ApiOperation({ summary: '发起三亮三比三评 — launch a campaign for a window unit' })
  @ApiResponse({ status: 201, type: CampaignLaunchedDto })
  launch(@Body() dto: LaunchCampaignDto, @Req() request: Request) {
    return this.campaigns.launch(requestContext(request), { ...dto });
  }

  @Get('campaigns/:campaignId')
  @ApiOperation({ summary: '活动详情 — the campaign and its rules' })
  @ApiOkResponse({ type: CampaignDto })
  get(@Param('campaignId', new ParseUUIDPipe()) campaignId: string, @Req() request: Request) {
    return this.campaigns.get(requestContext(request), campaignId);
  }

  @Post('campaigns/:campaignId/rating-tokens')
  @ApiOperation({ summary: '签发群众评议码 — signed, expiring, single-use tokens bound to this campaign' })
  @ApiResponse({ status: 201, type: CampaignTokensDto })
  issue(
    @Param('campaignId', new ParseUUIDPipe()) campaignId: string,
    @Body() dto: IssueCampaignTokensDto,
    @Req() request: Request,
  ) {
    return this.campaigns.issueRatingTokens(requestContext(request), campaignId, { ...dto });
  }

  @Public()
  @RateLimited('public-rating')
  @Post('public/campaigns/:campaignId/ratings')
  @HttpCode(200)
  @ApiOperation({
    summary: '群众评议 — one rating per token (401 forged/expired, 403 another campaign, 409 used or ranked)',
  })
  @ApiOkResponse({ type: PublicRatingRecordedDto })
  rate(
    @Param('campaignId', new ParseUUIDPipe()) campaignId: string,
    @Body() dto: RateCampaignDto,
    @Req() request: Request,
  ) {
    const { requestId } = publicRequestContext(request, 'public');
    return this.campaigns.ratePublicly(campaignId, { ...dto, requestId });
  }

  @Post('campaigns/:campaignId/leader-comments')
  @ApiOperation({ summary: '领导点评 — collective, individual, random or on-site' })
  @ApiResponse({ status: 201, type: LeaderCommentRecordedDto })
  comment(
    @Param('campaignId', new ParseUUIDPipe()) campaignId: string,
    @Body() dto: LeaderCommentDto,
    @Req() request: Request,
  ) {
    return this.campaigns.leaderComment(requestContext(request), campaignId, { ...dto });
  }

  @Post('campaigns/:campaignId/peer-reviews')
  @ApiOperation({ summary: '党员互评 — a member of the unit reviews a colleague once' })
  @ApiResponse({ status: 201, type: PeerReviewRecordedDto })
  review(
    @Param('campaignId', new ParseUUIDPipe()) campaignId: string,
    @Body() dto: PeerReviewDto,
    @Req() request: Request,
  ) {
    return this.campaigns.peerReview(requestContext(request), campaignId, { ...dto });
  }

  @Post('campaigns/:campaignId/entries')
  @ApiOperation({ summary: '三比 — score an entry of the unit or a member on the configured sheet' })
  @ApiResponse({ status: 201, type: EntryScoredDto })
  entry(
    @Param('campaignId', new ParseUUIDPipe()) campaignId: string,
    @Body() dto: CompetitionEntryDto,
    @Req() request: Request,
  ) {
    return this.campaigns.scoreEntry(requestContext(request), campaignId, { ...dto });
  }

  @Get('campaigns/:campaignId/follow-ups')
  @ApiOperation({ summary: '整改存在问题 — the follow-up tasks opened by complaints and low ratings' })
  @ApiOkResponse({ type: [FollowUpDto] })
  followUps(@Param('campaignId', new ParseUUIDPipe()) campaignId: string, @Req() request: Request) {
    return this.campaigns.followUps(requestContext(request), campaignId);
  }

  @Post('campaigns/:campaignId/follow-ups/:followUpId/close')
  @HttpCode(200)
  @ApiOperation({ summary: '整改完成 — the unit closes a follow-up; its reminders stop' })
  @ApiOkResponse({ type: FollowUpClosedDto })
  closeFollowUp(
    @Param('campaignId', new ParseUUIDPipe()) campaignId: string,
    @Param('followUpId', new ParseUUIDPipe()) followUpId: string,
    @Body() dto: CloseFollowUpDto,
    @Req() request: Request,
  ) {
    return this.campaigns.closeFollowUp(requestContext(request), campaignId, followUpId, dto.resolution);
  }

  @Post('campaigns/:campaignId/rank')
  @HttpCode(200)
  @ApiOperation({ summary: '结果排名 — rank units and members and store the mapped 群众评价 share' })
  @ApiOkResponse({ type: CampaignRankedDto })
  rank(@Param('campaignId', new ParseUUIDPipe()) campaignId: string, @Req() request: Request) {
    return this.campaigns.rank(requestContext(request), campaignId);
  }

  @Get('campaigns/:campaignId/result')
  @ApiOperation({ summary: '排名结果 — per unit and per member, best first' })
  @ApiOkResponse({ type: [CampaignResultRowDto] })
  result(@Param('campaignId', new ParseUUIDPipe()) campaignId: string, @Req() request: Request) {
    return this.reads.result(requestContext(request), campaignId);
  }
}
