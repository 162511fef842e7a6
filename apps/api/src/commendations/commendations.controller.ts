import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CommendationConsoleUseCase, CommendationNoticeUseCase, CommendationUseCases } from '@cxzy/application';
import { ErrorResponseBody } from '../errors/error-response.js';
import { publicRequestContext, requestContext } from '../http/request-context.js';
import { Public } from '../auth/public.decorator.js';
import { RateLimited } from '../http/rate-limit.guard.js';
import {
  AdvanceCommendationDto,
  CommendationNoticeDto,
  IssueOpinionTokensDto,
  LaunchCommendationDto,
  ListCommendationsQueryDto,
  NominateDto,
  ObjectionDto,
  OpinionDto,
  PublicOpinionDto,
  ResolveCommendationObjectionDto,
} from './commendation.dto.js';
import {
  CommendationAdvancedDto,
  CommendationLaunchedDto,
  CommendationObjectionDto,
  CommendationRoundDto,
  CommendationRoundSummaryDto,
  NominationCreatedDto,
  NominationDto,
  ObjectionCreatedDto,
  ObjectionResolvedDto,
  OpinionCreatedDto,
  OpinionTokensDto,
} from './commendation-response.dto.js';

/** 学习先进 — commendation rounds (docs/campaigns.md). */
@ApiTags('commendations')
@ApiBearerAuth()
@ApiResponse({ status: 400, type: ErrorResponseBody })
@ApiResponse({ status: 403, type: ErrorResponseBody })
@ApiResponse({ status: 404, type: ErrorResponseBody })
@ApiResponse({ status: 409, type: ErrorResponseBody })
@Controller()
export class CommendationsController {
  constructor(
    private readonly commendations: CommendationUseCases,
    private readonly notices: CommendationNoticeUseCase,
    private readonly reads: CommendationConsoleUseCase,
  ) {}

  @Get('commendations')
  @ApiOperation({ summary: '评选列表 — a grading unit’s rounds, newest first' })
  @ApiOkResponse({ type: [CommendationRoundSummaryDto] })
  list(@Query() query: ListCommendationsQueryDto, @Req() request: Request) {
    return this.reads.list(requestContext(request), query.gradingUnitId);
  }

  @Post('commendations')
  @ApiOperation({ summary: '发起评选 — launch a commendation round for a grading unit' })
  @ApiResponse({ status: 201, type: CommendationLaunchedDto })
  launch(@Body() dto: LaunchCommendationDto, @Req() request: Request) {
    return this.commendations.launch(requestContext(request), { ...dto });
  }

  @Get('commendations/:roundId')
  @ApiOperation({ summary: '评选详情 — the round and its nominations (with names)' })
  @ApiOkResponse({ type: CommendationRoundDto })
  get(@Param('roundId', new ParseUUIDPipe()) roundId: string, @Req() request: Request) {
    return this.reads.round(requestContext(request), roundId);
  }

  @Get('commendations/:roundId/objections')
  @ApiOperation({ summary: '公示异议列表 — the objections filed during 公示 (the administrator)' })
  @ApiOkResponse({ type: [CommendationObjectionDto] })
  objections(@Param('roundId', new ParseUUIDPipe()) roundId: string, @Req() request: Request) {
    return this.reads.objections(requestContext(request), roundId);
  }

  @Get('commendations/:roundId/commended')
  @ApiOperation({ summary: '表彰名单 — the commended organisations and members' })
  @ApiOkResponse({ type: [NominationDto] })
  commended(@Param('roundId', new ParseUUIDPipe()) roundId: string, @Req() request: Request) {
    return this.commendations.commendationList(requestContext(request), roundId);
  }

  @Public()
  @RateLimited('public-read')
  @Get('public/commendations/:roundId')
  @ApiOperation({
    summary: '公示与表彰名单 — a round’s public notice (no login): the nominations during 公示, then the commended',
  })
  @ApiOkResponse({ type: CommendationNoticeDto })
  notice(@Param('roundId', new ParseUUIDPipe()) roundId: string): Promise<CommendationNoticeDto> {
    return this.notices.publicNotice(roundId) as Promise<CommendationNoticeDto>;
  }

  @Post('commendations/:roundId/nominations')
  @ApiOperation({ summary: '推荐 — nominate with evidence (grading tier, pledge evaluation, campaign result)' })
  @ApiResponse({ status: 201, type: NominationCreatedDto })
  nominate(@Param('roundId', new ParseUUIDPipe()) roundId: string, @Body() dto: NominateDto, @Req() request: Request) {
    return this.commendations.nominate(requestContext(request), roundId, { ...dto });
  }

  @Post('commendations/:roundId/opinion-tokens')
  @ApiOperation({ summary: '签发群众意见码 — tokens for the public’s opinions while vetting' })
  @ApiResponse({ status: 201, type: OpinionTokensDto })
  tokens(
    @Param('roundId', new ParseUUIDPipe()) roundId: string,
    @Body() dto: IssueOpinionTokensDto,
    @Req() request: Request,
  ) {
    return this.commendations.issueOpinionTokens(requestContext(request), roundId, { ...dto });
  }

  @Post('nominations/:nominationId/opinions')
  @ApiOperation({ summary: '考察 — a member’s opinion on a nomination' })
  @ApiResponse({ status: 201, type: OpinionCreatedDto })
  opinion(
    @Param('nominationId', new ParseUUIDPipe()) nominationId: string,
    @Body() dto: OpinionDto,
    @Req() request: Request,
  ) {
    return this.commendations.giveOpinion(requestContext(request), nominationId, { ...dto });
  }

  @Public()
  @RateLimited('public-rating')
  @Post('public/nominations/:nominationId/opinions')
  @HttpCode(200)
  @ApiOperation({ summary: '群众意见 — one opinion per token while vetting' })
  @ApiOkResponse({ type: OpinionCreatedDto })
  publicOpinion(
    @Param('nominationId', new ParseUUIDPipe()) nominationId: string,
    @Body() dto: PublicOpinionDto,
    @Req() request: Request,
  ) {
    const { requestId } = publicRequestContext(request, 'public');
    return this.commendations.giveOpinion(null, nominationId, { ...dto, requestId });
  }

  @Post('nominations/:nominationId/objections')
  @ApiOperation({ summary: '公示异议 — object to a publicised nomination' })
  @ApiResponse({ status: 201, type: ObjectionCreatedDto })
  object(
    @Param('nominationId', new ParseUUIDPipe()) nominationId: string,
    @Body() dto: ObjectionDto,
    @Req() request: Request,
  ) {
    return this.commendations.object(requestContext(request), nominationId, dto.reason);
  }

  @Post('commendations/:roundId/objections/:objectionId/resolve')
  @HttpCode(200)
  @ApiOperation({ summary: '处理异议 — an upheld objection withdraws the nomination' })
  @ApiOkResponse({ type: ObjectionResolvedDto })
  resolve(
    @Param('roundId', new ParseUUIDPipe()) roundId: string,
    @Param('objectionId', new ParseUUIDPipe()) objectionId: string,
    @Body() dto: ResolveCommendationObjectionDto,
    @Req() request: Request,
  ) {
    return this.commendations.resolveObjection(requestContext(request), roundId, objectionId, dto.uphold);
  }

  @Post('commendations/:roundId/advance')
  @HttpCode(200)
  @ApiOperation({ summary: '进入下一阶段 — close nominations (vet), vetting (publicise) or publicity (decide)' })
  @ApiOkResponse({ type: CommendationAdvancedDto })
  advance(
    @Param('roundId', new ParseUUIDPipe()) roundId: string,
    @Body() dto: AdvanceCommendationDto,
    @Req() request: Request,
  ) {
    return this.commendations.advance(requestContext(request), roundId, dto.to);
  }
}
