import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Req,
  StreamableFile,
} from '@nestjs/common';
import type { Request } from 'express';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import {
  AccessPolicy,
  CalendarCoverageUseCase,
  ExportGradingRoundUseCase,
  GetGradingRoundUseCase,
  GradingBranchActionsUseCase,
  LaunchGradingRoundUseCase,
  type GradingRoundView,
} from '@cxzy/application';
import type { CalendarWarning } from '@cxzy/domain';
import { ErrorResponseBody } from '../errors/error-response.js';
import { requestContext } from '../http/request-context.js';
import {
  BranchActionDto,
  BranchActionResultDto,
  GradingRoundViewDto,
  LaunchedGradingRoundDto,
  LaunchGradingRoundDto,
  SelfAssessmentDto,
  SuperiorRatingDto,
} from './grading-round.dto.js';

const uuid = new ParseUUIDPipe();

/** 晋位升级 — launch a round, follow its progress, and each branch's actions (Workflow Updates). */
@ApiTags('grading-rounds')
@ApiResponse({ status: 400, type: ErrorResponseBody })
@Controller('grading-rounds')
export class GradingRoundsController {
  constructor(
    private readonly launching: LaunchGradingRoundUseCase,
    private readonly reading: GetGradingRoundUseCase,
    private readonly branchActions: GradingBranchActionsUseCase,
    private readonly access: AccessPolicy,
    private readonly exporting: ExportGradingRoundUseCase,
    private readonly coverage: CalendarCoverageUseCase,
  ) {}

  @Post()
  @ApiOperation({ summary: '部署 — launch the round of a grading unit and year (one per unit and year)' })
  @ApiCreatedResponse({
    type: LaunchedGradingRoundDto,
    description: 'the round, with a warning for each year its deadlines may fall in that has no holiday calendar',
  })
  @ApiResponse({
    status: 404,
    type: ErrorResponseBody,
    description: 'unknown unit, or a sector without a published definition',
  })
  @ApiResponse({ status: 409, type: ErrorResponseBody, description: 'already launched for this unit and year' })
  @ApiResponse({ status: 422, type: ErrorResponseBody, description: 'outside the deploy window without a reason' })
  async launch(
    @Body() dto: LaunchGradingRoundDto,
    @Req() request: Request,
  ): Promise<GradingRoundView & { warnings: CalendarWarning[] }> {
    const round = await this.launching.execute(requestContext(request), dto);
    const view = await this.reading.execute(round.id);
    return { ...view, warnings: await this.coverage.forGradingRound(view.year) };
  }

  @Get(':roundId')
  @ApiOperation({ summary: '进度 — the round and its branches counted per state and sector (from the projection)' })
  @ApiOkResponse({ type: GradingRoundViewDto, description: 'the round with its progress' })
  @ApiResponse({ status: 403, type: ErrorResponseBody, description: 'not an administrator of the round’s unit' })
  @ApiResponse({ status: 404, type: ErrorResponseBody })
  async read(@Param('roundId', uuid) roundId: string, @Req() request: Request): Promise<GradingRoundView> {
    const round = await this.reading.execute(roundId);
    // The whole unit's progress is its administrators' view.
    await this.access.actAs(requestContext(request), 'administrator', round.gradingUnitId);
    return round;
  }

  @Get(':roundId/export.xlsx')
  @Header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @Header('content-disposition', 'attachment; filename="grading-round.xlsx"')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOperation({
    summary:
      '导出 — the dashboard as .xlsx: progress per sector and step, overdue steps, tier distribution and quotas, the tier list',
  })
  @ApiResponse({ status: 403, type: ErrorResponseBody, description: 'not an administrator of the round’s unit' })
  @ApiResponse({ status: 404, type: ErrorResponseBody })
  async exportXlsx(@Param('roundId', uuid) roundId: string, @Req() request: Request): Promise<StreamableFile> {
    const round = await this.reading.execute(roundId);
    const context = await this.access.actAs(requestContext(request), 'administrator', round.gradingUnitId);
    return new StreamableFile(await this.exporting.xlsx(context, roundId));
  }

  @Post(':roundId/branches/:orgId/acknowledge')
  @HttpCode(200)
  @ApiOperation({ summary: '确认收到部署通知 — the branch secretary acknowledges the notice' })
  @ApiOkResponse({ type: BranchActionResultDto })
  @ApiResponse({ status: 403, type: ErrorResponseBody, description: 'not the secretary of this branch' })
  @ApiResponse({ status: 404, type: ErrorResponseBody })
  @ApiResponse({ status: 409, type: ErrorResponseBody, description: 'wrong step: nothing changed' })
  acknowledge(
    @Param('roundId', uuid) roundId: string,
    @Param('orgId', uuid) organisationId: string,
    @Body() dto: BranchActionDto,
    @Req() request: Request,
  ) {
    return this.branchActions.acknowledgeDeploy(requestContext(request), {
      roundId,
      organisationId,
      ...dto,
    });
  }

  @Post(':roundId/branches/:orgId/self-assessment')
  @HttpCode(200)
  @ApiOperation({ summary: '提交自评 — a score per item of the sector’s indicator sheet' })
  @ApiOkResponse({ type: BranchActionResultDto })
  @ApiResponse({ status: 403, type: ErrorResponseBody, description: 'not the secretary of this branch' })
  @ApiResponse({ status: 404, type: ErrorResponseBody })
  @ApiResponse({ status: 409, type: ErrorResponseBody, description: 'wrong step: nothing changed' })
  @ApiResponse({ status: 422, type: ErrorResponseBody, description: 'every score problem, each with its JSON path' })
  selfAssessment(
    @Param('roundId', uuid) roundId: string,
    @Param('orgId', uuid) organisationId: string,
    @Body() dto: SelfAssessmentDto,
    @Req() request: Request,
  ) {
    return this.branchActions.submitSelfAssessment(requestContext(request), {
      roundId,
      organisationId,
      ...dto,
    });
  }

  @Post(':roundId/branches/:orgId/superior-rating')
  @HttpCode(200)
  @ApiOperation({ summary: '上级评定 — a supervisor on the branch’s leading line rates it (items or overall)' })
  @ApiOkResponse({ type: BranchActionResultDto })
  @ApiResponse({ status: 403, type: ErrorResponseBody, description: 'not a supervisor on the leading line' })
  @ApiResponse({ status: 404, type: ErrorResponseBody })
  @ApiResponse({ status: 409, type: ErrorResponseBody, description: 'wrong step: nothing changed' })
  @ApiResponse({ status: 422, type: ErrorResponseBody, description: 'every score problem, each with its JSON path' })
  superiorRating(
    @Param('roundId', uuid) roundId: string,
    @Param('orgId', uuid) organisationId: string,
    @Body() dto: SuperiorRatingDto,
    @Req() request: Request,
  ) {
    return this.branchActions.submitSuperiorRating(requestContext(request), {
      roundId,
      organisationId,
      ...dto,
    });
  }
}
