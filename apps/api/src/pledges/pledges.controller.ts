import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Req,
  StreamableFile,
} from '@nestjs/common';
import type { Request } from 'express';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import { AccessPolicy, PledgeLedgerUseCase, PledgeUpdatesUseCase, ProposePledgeUseCase } from '@cxzy/application';
import { ErrorResponseBody } from '../errors/error-response.js';
import { YearParamPipe } from '../errors/param-validation.pipe.js';
import { requestContext } from '../http/request-context.js';
import { Public } from '../auth/public.decorator.js';
import { RateLimited } from '../http/rate-limit.guard.js';
import { PledgeLedgerLineDto } from './pledge-ledger.dto.js';
import { PledgeProposedDto, PledgeStatusDto } from './pledge.dto.js';
import {
  AmendPledgeDto,
  BoardEntryDto,
  EvaluatePledgeDto,
  FeedBackPledgeDto,
  LedgerQueryDto,
  PledgeCommandDto,
  PledgeUpdateResultDto,
  ProposePledgeDto,
  PublicisePledgeDto,
  ReportProgressDto,
  ReviewPledgeDto,
  RevisePledgeDto,
} from './pledge.dto.js';

const uuid = new ParseUUIDPipe();

/** 党员承诺践诺: 提出 → 审核 → 公开 → 履行 → 评议 → 反馈; each step answers at once (409 wrong step, 422 rule). */
@ApiTags('pledges')
@ApiResponse({ status: 400, type: ErrorResponseBody })
@ApiResponse({ status: 404, type: ErrorResponseBody })
@ApiResponse({ status: 409, type: ErrorResponseBody, description: '当前环节不允许此操作，状态不变' })
@ApiResponse({ status: 422, type: ErrorResponseBody })
@Controller()
export class PledgesController {
  constructor(
    private readonly propose: ProposePledgeUseCase,
    private readonly updates: PledgeUpdatesUseCase,
    private readonly ledger: PledgeLedgerUseCase,
    private readonly access: AccessPolicy,
  ) {}

  /** Reading a branch's pledges: any role that may act on it (403 for a neighbouring branch). */
  private canRead(request: Request, organisationId: string) {
    return this.access.canRead(requestContext(request), organisationId);
  }

  @Post('pledges')
  @HttpCode(202)
  @ApiOperation({ summary: '提出承诺 — propose a pledge (starts its workflow on the pinned pledge pipeline)' })
  @ApiAcceptedResponse({ type: PledgeProposedDto })
  create(@Body() dto: ProposePledgeDto, @Req() request: Request) {
    return this.propose.execute(requestContext(request), {
      ...dto,
      memberId: dto.memberId ?? null,
      trigger: dto.trigger ?? null,
      leads: dto.leads ?? [],
      linkedPledgeIds: dto.linkedPledgeIds ?? [],
      dueDate: dto.dueDate ?? null,
    });
  }

  @Get('pledges/:pledgeId')
  @ApiOperation({ summary: '承诺详情 — the stored pledge and its workflow’s live state' })
  @ApiOkResponse({ type: PledgeStatusDto })
  async read(@Param('pledgeId', uuid) pledgeId: string, @Req() request: Request) {
    await this.canRead(request, (await this.updates.pledgeRecord(pledgeId)).organisationId);
    return this.updates.status(pledgeId);
  }

  @Post('pledges/:pledgeId/review')
  @HttpCode(200)
  @ApiOkResponse({ type: PledgeUpdateResultDto })
  @ApiOperation({ summary: '审核 — approve (writes the ledger line) or return for revision (reason required)' })
  review(@Param('pledgeId', uuid) id: string, @Body() dto: ReviewPledgeDto, @Req() request: Request) {
    return this.updates.review(requestContext(request), id, {
      key: dto.idempotencyKey,
      decision: dto.decision,
      reason: dto.reason ?? null,
    });
  }

  @Post('pledges/:pledgeId/revise')
  @HttpCode(200)
  @ApiOkResponse({ type: PledgeUpdateResultDto })
  @ApiOperation({ summary: '修改后重新提交 — revise a returned pledge' })
  revise(@Param('pledgeId', uuid) id: string, @Body() dto: RevisePledgeDto, @Req() request: Request) {
    return this.updates.revise(requestContext(request), id, { key: dto.idempotencyKey, items: dto.items });
  }

  @Post('pledges/:pledgeId/amend')
  @HttpCode(200)
  @ApiOkResponse({ type: PledgeUpdateResultDto })
  @ApiOperation({ summary: '台账修订 — amend an approved pledge: a new ledger version line, the old one stays' })
  amend(@Param('pledgeId', uuid) id: string, @Body() dto: AmendPledgeDto, @Req() request: Request) {
    return this.updates.amend(requestContext(request), id, {
      key: dto.idempotencyKey,
      items: dto.items,
      reason: dto.reason,
    });
  }

  @Post('pledges/:pledgeId/publicise')
  @HttpCode(200)
  @ApiOkResponse({ type: PledgeUpdateResultDto })
  @ApiOperation({ summary: '公开承诺 — publish to the board (only after review put it in the ledger)' })
  publicise(@Param('pledgeId', uuid) id: string, @Body() dto: PublicisePledgeDto, @Req() request: Request) {
    return this.updates.publicise(requestContext(request), id, {
      key: dto.idempotencyKey,
      scope: dto.scope,
      expiresAt: new Date(dto.expiresAt).toISOString(),
      announcedAt: dto.announcedAt ?? null,
    });
  }

  @Post('pledges/:pledgeId/progress')
  @HttpCode(200)
  @ApiOkResponse({ type: PledgeUpdateResultDto })
  @ApiOperation({ summary: '履行进展 — report progress with evidence; `completed` closes fulfilment' })
  progress(@Param('pledgeId', uuid) id: string, @Body() dto: ReportProgressDto, @Req() request: Request) {
    return this.updates.reportProgress(requestContext(request), id, {
      key: dto.idempotencyKey,
      note: dto.note,
      evidence: dto.evidence ?? [],
      percent: dto.percent,
      completed: dto.completed ?? false,
    });
  }

  @Post('pledges/:pledgeId/evaluations')
  @HttpCode(200)
  @ApiOkResponse({ type: PledgeUpdateResultDto })
  @ApiOperation({ summary: '评议 — self, peer or leader (leader: 成绩 and 问题与方向 required)' })
  evaluate(@Param('pledgeId', uuid) id: string, @Body() dto: EvaluatePledgeDto, @Req() request: Request) {
    return this.updates.evaluate(requestContext(request), id, {
      key: dto.idempotencyKey,
      evaluation: {
        source: dto.source,
        evaluatorId: dto.evaluatorId,
        score: dto.score,
        comment: dto.comment ?? null,
        achievements: dto.achievements ?? null,
        problemsAndDirection: dto.problemsAndDirection ?? null,
      },
    });
  }

  @Post('pledges/:pledgeId/conclude-evaluation')
  @HttpCode(200)
  @ApiOkResponse({ type: PledgeUpdateResultDto })
  @ApiOperation({ summary: '评议结果 — compute the weighted result (422 while a required source is missing)' })
  conclude(@Param('pledgeId', uuid) id: string, @Body() dto: PledgeCommandDto, @Req() request: Request) {
    return this.updates.conclude(requestContext(request), id, { key: dto.idempotencyKey });
  }

  @Post('pledges/:pledgeId/feedback')
  @HttpCode(200)
  @ApiOkResponse({ type: PledgeUpdateResultDto })
  @ApiOperation({ summary: '反馈 — deliver the result to the member; the evaluation closes once it reached them' })
  feedBack(@Param('pledgeId', uuid) id: string, @Body() dto: FeedBackPledgeDto, @Req() request: Request) {
    return this.updates.feedBack(requestContext(request), id, {
      key: dto.idempotencyKey,
      message: dto.message,
    });
  }

  @Get('organisations/:organisationId/pledge-ledger')
  @ApiOperation({
    summary: '承诺台账 — every version line of the branch’s ledger, with each pledge’s state and evaluation result',
  })
  @ApiOkResponse({ type: [PledgeLedgerLineDto] })
  @ApiResponse({ status: 403, type: ErrorResponseBody, description: '不是本党组织或其上级' })
  async lines(
    @Param('organisationId', uuid) organisationId: string,
    @Query() query: LedgerQueryDto,
    @Req() request: Request,
  ) {
    await this.canRead(request, organisationId);
    return this.ledger.lines(organisationId, query.year) as Promise<PledgeLedgerLineDto[]>;
  }

  @Get('organisations/:organisationId/pledge-ledger.xlsx')
  @Header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @Header('content-disposition', 'attachment; filename="pledge-ledger.xlsx"')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOperation({ summary: '导出承诺台账 — the ledger as .xlsx (formulas neutralised)' })
  async xlsx(
    @Param('organisationId', uuid) organisationId: string,
    @Query() query: LedgerQueryDto,
    @Req() request: Request,
  ) {
    await this.canRead(request, organisationId);
    return new StreamableFile(await this.ledger.xlsx(organisationId, query.year));
  }

  @Public()
  @RateLimited('public-read')
  @Get('organisations/:organisationId/pledge-board')
  @ApiOkResponse({ type: [BoardEntryDto] })
  @ApiOperation({ summary: '承诺公开栏 — public pledges for a web page or e-display: names and organisation only' })
  board(@Param('organisationId', uuid) organisationId: string): Promise<BoardEntryDto[]> {
    return this.ledger.board(organisationId) as Promise<BoardEntryDto[]>;
  }

  @Get('organisations/:organisationId/pledge-drive/:year')
  @ApiOperation({
    summary: '年度承诺动员 — who of the branch has proposed an annual pledge, who has not, who is excused',
  })
  async drive(
    @Param('organisationId', uuid) organisationId: string,
    @Param('year', new YearParamPipe()) year: number,
    @Req() request: Request,
  ) {
    await this.canRead(request, organisationId);
    return this.ledger.drive(organisationId, year);
  }

  @Get('pledge-suggestions/:sectorCode')
  @ApiOperation({ summary: '承诺内容参考 — the sector’s suggestions (document 1) and the five 带头' })
  suggestions(@Param('sectorCode') sectorCode: string) {
    return this.ledger.suggestions(sectorCode);
  }
}
