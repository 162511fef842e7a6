import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { TASK_LIST_VIEWS, type TaskListView } from '@cxzy/domain';
import { LocalizedTextDto } from '../notification/notification.dto.js';

export const MAX_TASKS_PER_PAGE = 500;
export const MAX_TASKS_OFFSET = 2000;

export class MyTasksQueryDto {
  @ApiPropertyOptional({
    enum: TASK_LIST_VIEWS,
    default: 'todo',
    description: '待办 todo / 已办 done / 抄送我 cc / 我发起的 started',
  })
  @IsOptional()
  @IsIn(TASK_LIST_VIEWS)
  view?: TaskListView;

  @ApiPropertyOptional({ default: 100, minimum: 1, maximum: MAX_TASKS_PER_PAGE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_TASKS_PER_PAGE)
  limit?: number;

  @ApiPropertyOptional({ default: 0, minimum: 0, maximum: MAX_TASKS_OFFSET, description: '跳过的条数（分页）' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_TASKS_OFFSET)
  offset?: number;
}

class MyTaskDto {
  @ApiProperty({ description: 'stable key of the line, e.g. approval:<task id>' }) id!: string;
  @ApiProperty({ enum: ['approval', 'grading', 'step', 'peer-evaluation'], description: 'the process source' })
  source!: string;
  @ApiProperty({
    example: 'superior-rating',
    description:
      'approval-task · approval-copy · approval-started · superior-rating · plan-approval · acceptance · classification-approval · grading-action · step · peer-evaluation',
  })
  kind!: string;
  @ApiProperty({ type: LocalizedTextDto, description: '流程，如 2027年度晋位升级' }) process!: LocalizedTextDto;
  @ApiProperty({ type: String, nullable: true, description: '审批标题' }) title!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) organisationId!: string | null;
  @ApiProperty({ type: String, nullable: true }) organisationName!: string | null;
  @ApiProperty({ type: LocalizedTextDto, description: '环节，如 上级评定' }) step!: LocalizedTextDto;
  @ApiProperty({ example: 'superior-rating' }) stepKey!: string;
  @ApiProperty({ format: 'date-time', description: '到达（待办）、办理（已办）、抄送或发起的时间' }) at!: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) deadlineAt!: Date | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 3,
    description: '距期限的工作日数（北京时间、含调休）；0 = 今日到期，负数 = 已逾期的工作日数；无期限为 null',
  })
  workingDaysLeft!: number | null;
  @ApiProperty() overdue!: boolean;
  @ApiProperty({ type: String, nullable: true, description: '审批或党组织环节的当前状态' }) status!: string | null;
  @ApiProperty({ type: String, nullable: true, description: '审批任务编号（POST /approval-tasks/:taskId/…）' })
  taskId!: string | null;
  @ApiProperty({
    type: [String],
    enum: ['approve', 'reject', 'transfer', 'delegate', 'resolve-delegation', 'add-signer', 'return', 'comment'],
    description: '可办理的审批操作（仅审批任务）',
  })
  operations!: string[];
  @ApiProperty({ type: String, nullable: true, description: '代理：为谁办理' }) deputyFor!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'branch-secretary' }) assigneeRole!: string | null;
  @ApiProperty({ example: '/grading-rounds/…/branches/…', description: 'the console page where it is done' })
  link!: string;
}

class MyTaskCountsDto {
  @ApiProperty() todo!: number;
  @ApiProperty() done!: number;
  @ApiProperty() cc!: number;
  @ApiProperty() started!: number;
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

export class MyTasksDto {
  @ApiProperty({ enum: TASK_LIST_VIEWS }) view!: string;
  @ApiProperty({ type: MyTaskCountsDto }) counts!: MyTaskCountsDto;
  @ApiProperty({ type: [MyTaskDto] }) items!: MyTaskDto[];
  @ApiProperty({
    type: [MyPeerEvaluationDto],
    description: '邀请我互评 — kept for earlier callers; the same requests are 待办 items (kind peer-evaluation)',
  })
  peerEvaluations!: MyPeerEvaluationDto[];
}
