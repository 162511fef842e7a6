import { Controller, Get, Query, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { ListMyTasksUseCase } from '@cxzy/application';
import { ErrorResponseBody } from '../errors/error-response.js';
import { requestContext } from '../http/request-context.js';
import { LocalizedTextDto } from '../notification/notification.dto.js';

class MyTasksQueryDto {
  @ApiPropertyOptional({ default: 100, minimum: 1, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}

class MyTaskDto {
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty() organisationName!: string;
  @ApiProperty({ example: 'branch-secretary' }) assigneeRole!: string;
  @ApiProperty({ type: LocalizedTextDto, description: '流程，如 2027年度晋位升级' }) process!: LocalizedTextDto;
  @ApiProperty({ type: LocalizedTextDto, description: '环节，如 提交整改方案' }) step!: LocalizedTextDto;
  @ApiProperty({ example: 'rectification-plan' }) stepKey!: string;
  @ApiProperty({ format: 'date-time' }) openedAt!: Date;
  @ApiProperty({ format: 'date-time' }) deadlineAt!: Date;
  @ApiProperty({
    example: 3,
    description: '距期限的工作日数（北京时间、含调休）；0 = 今日到期，负数 = 已逾期的工作日数',
  })
  workingDaysLeft!: number;
  @ApiProperty() overdue!: boolean;
  @ApiProperty({ example: '/grading-rounds/…/branches/…/rectification', description: 'where the step is done' })
  link!: string;
}

class MyPeerEvaluationDto {
  @ApiProperty({ format: 'uuid' }) pledgeId!: string;
  @ApiProperty({ format: 'uuid', description: 'the caller’s member, the evaluator to name' }) memberId!: string;
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty() organisationName!: string;
  @ApiProperty({ type: [String], description: '承诺人' }) pledgerNames!: string[];
  @ApiProperty({ description: '邀请人（用户名）' }) requestedBy!: string;
  @ApiProperty({ format: 'date-time' }) requestedAt!: Date;
  @ApiProperty({ example: '/pledges/…' }) link!: string;
}

class MyTasksDto {
  @ApiProperty({ type: [MyTaskDto] }) items!: MyTaskDto[];
  @ApiProperty({
    type: [MyPeerEvaluationDto],
    description: '邀请我互评的承诺 — asked by the branch, not yet evaluated (ADR 0016)',
  })
  peerEvaluations!: MyPeerEvaluationDto[];
}

/** 我的待办 — the caller's open steps with their deadlines in working days. */
@ApiTags('tasks')
@Controller('my-tasks')
export class MyTasksController {
  constructor(private readonly tasks: ListMyTasksUseCase) {}

  @Get()
  @ApiOperation({
    summary:
      '我的待办 — open steps whose role the caller holds at their organisation, soonest deadline first, with working days left',
  })
  @ApiOkResponse({ type: MyTasksDto })
  @ApiResponse({ status: 401, type: ErrorResponseBody })
  list(@Query() query: MyTasksQueryDto, @Req() request: Request) {
    return this.tasks.execute(requestContext(request), query.limit ?? 100);
  }
}
