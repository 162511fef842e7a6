import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { GradingRectificationActionsUseCase, type BranchRectificationView } from '@cxzy/application';
import { ErrorResponseBody } from '../errors/error-response.js';
import { requestContext } from '../http/request-context.js';
import { BranchActionResultDto } from './grading-round.dto.js';
import { BranchRectificationViewDto } from './grading-reading.dto.js';
import {
  AcceptanceDto,
  PlanApprovalDto,
  PlanReturnDto,
  ProgressReportDto,
  RectificationPlanDto,
} from './grading-rectification.dto.js';

const uuid = new ParseUUIDPipe();

/** 整改提高 and 考核验收 of one branch: each action is a Workflow Update, refused with nothing changed. */
@ApiTags('grading-rounds')
@ApiResponse({ status: 400, type: ErrorResponseBody })
@ApiResponse({ status: 404, type: ErrorResponseBody })
@ApiResponse({ status: 409, type: ErrorResponseBody, description: 'wrong step: nothing changed' })
@Controller('grading-rounds/:roundId/branches/:orgId')
export class GradingRectificationController {
  constructor(private readonly rectification: GradingRectificationActionsUseCase) {}

  @Get('rectification')
  @ApiOperation({
    summary:
      '整改与验收 — the branch’s tier, plan requirements, plan, review, progress reports, acceptance, and last year',
  })
  @ApiOkResponse({ type: BranchRectificationViewDto, description: 'from the projection' })
  @ApiResponse({
    status: 403,
    type: ErrorResponseBody,
    description: 'neither its secretary, a member, a supervisor on its leading line nor an administrator of its unit',
  })
  view(
    @Param('roundId', uuid) roundId: string,
    @Param('orgId', uuid) organisationId: string,
    @Req() request: Request,
  ): Promise<BranchRectificationView> {
    return this.rectification.view(requestContext(request), roundId, organisationId);
  }

  @Post('rectification-plan')
  @HttpCode(200)
  @ApiOperation({ summary: '提交整改方案 — the branch secretary files the plan aimed at its weakest indicators' })
  @ApiOkResponse({ type: BranchActionResultDto })
  @ApiResponse({ status: 403, type: ErrorResponseBody, description: 'not the secretary of this branch' })
  @ApiResponse({
    status: 422,
    type: ErrorResponseBody,
    description: 'every problem of the plan, each with its JSON path',
  })
  submitPlan(
    @Param('roundId', uuid) roundId: string,
    @Param('orgId', uuid) organisationId: string,
    @Body() dto: RectificationPlanDto,
    @Req() request: Request,
  ) {
    return this.rectification.submitPlan(requestContext(request), { roundId, organisationId, ...dto });
  }

  @Post('rectification-plan/approve')
  @HttpCode(200)
  @ApiOperation({ summary: '审批整改方案 — a supervisor on the branch’s leading line approves the plan' })
  @ApiOkResponse({ type: BranchActionResultDto })
  @ApiResponse({ status: 403, type: ErrorResponseBody, description: 'not a supervisor on the leading line' })
  approvePlan(
    @Param('roundId', uuid) roundId: string,
    @Param('orgId', uuid) organisationId: string,
    @Body() dto: PlanApprovalDto,
    @Req() request: Request,
  ) {
    const { comment, ...rest } = dto;
    return this.rectification.approvePlan(requestContext(request), {
      roundId,
      organisationId,
      ...rest,
      ...(comment === undefined ? {} : { text: comment }),
    });
  }

  @Post('rectification-plan/return')
  @HttpCode(200)
  @ApiOperation({ summary: '退回整改方案 — the supervisor returns the plan with a reason; the branch files it again' })
  @ApiOkResponse({ type: BranchActionResultDto })
  @ApiResponse({ status: 403, type: ErrorResponseBody, description: 'not a supervisor on the leading line' })
  returnPlan(
    @Param('roundId', uuid) roundId: string,
    @Param('orgId', uuid) organisationId: string,
    @Body() dto: PlanReturnDto,
    @Req() request: Request,
  ) {
    const { reason, ...rest } = dto;
    return this.rectification.returnPlan(requestContext(request), {
      roundId,
      organisationId,
      ...rest,
      text: reason,
    });
  }

  @Post('rectification-progress')
  @HttpCode(200)
  @ApiOperation({
    summary: '报告整改进展 — the branch secretary reports progress; `complete: true` declares the rectification done',
  })
  @ApiOkResponse({ type: BranchActionResultDto })
  @ApiResponse({ status: 403, type: ErrorResponseBody, description: 'not the secretary of this branch' })
  reportProgress(
    @Param('roundId', uuid) roundId: string,
    @Param('orgId', uuid) organisationId: string,
    @Body() dto: ProgressReportDto,
    @Req() request: Request,
  ) {
    return this.rectification.reportProgress(requestContext(request), { roundId, organisationId, ...dto });
  }

  @Post('acceptance')
  @HttpCode(200)
  @ApiOperation({
    summary: '考核验收 — a supervisor on the leading line records pass / not passed with a comment per indicator',
  })
  @ApiOkResponse({ type: BranchActionResultDto })
  @ApiResponse({ status: 403, type: ErrorResponseBody, description: 'not a supervisor on the leading line' })
  @ApiResponse({
    status: 422,
    type: ErrorResponseBody,
    description: 'a check unanswered, an indicator without comment',
  })
  recordAcceptance(
    @Param('roundId', uuid) roundId: string,
    @Param('orgId', uuid) organisationId: string,
    @Body() dto: AcceptanceDto,
    @Req() request: Request,
  ) {
    return this.rectification.recordAcceptance(requestContext(request), { roundId, organisationId, ...dto });
  }
}
