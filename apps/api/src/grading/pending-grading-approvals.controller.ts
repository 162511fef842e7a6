import { Controller, Get, Query, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiResponse, ApiTags } from '@nestjs/swagger';
import { PendingGradingApprovalsUseCase } from '@cxzy/application';
import { PaginationQueryDto, pageOf } from '../common/pagination.dto.js';
import { ErrorResponseBody } from '../errors/error-response.js';
import { requestContext } from '../http/request-context.js';

class PendingGradingApprovalDto {
  @ApiProperty({ format: 'uuid' }) roundId!: string;
  @ApiProperty({ example: 2027 }) year!: number;
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty({ example: 'QS-T01-V01' }) organisationCode!: string;
  @ApiProperty() organisationName!: string;
  @ApiProperty({ example: 'village' }) sectorCode!: string;
  @ApiProperty({
    description: '待上级办理的状态：待上级评定 / 整改方案待审批 / 整改完成待考核验收',
    enum: ['grade.awaiting-rating', 'rectify.plan-submitted', 'rectify.completed'],
  })
  state!: string;
  @ApiProperty({ description: '进入该状态的时间', format: 'date-time' }) since!: Date;
}

class PendingGradingApprovalPageDto {
  @ApiProperty({ type: [PendingGradingApprovalDto] }) items!: PendingGradingApprovalDto[];
  @ApiProperty() total!: number;
}

@ApiTags('grading-rounds')
@Controller('grading-approvals')
export class PendingGradingApprovalsController {
  constructor(private readonly pending: PendingGradingApprovalsUseCase) {}

  @Get('pending')
  @ApiOperation({
    summary:
      '待审批 — branches waiting for the caller’s decision as a supervisor (rating, plan, acceptance), oldest first',
  })
  @ApiOkResponse({ type: PendingGradingApprovalPageDto })
  @ApiResponse({ status: 401, type: ErrorResponseBody })
  list(@Query() query: PaginationQueryDto, @Req() request: Request) {
    return this.pending.execute(requestContext(request), pageOf(query));
  }
}
