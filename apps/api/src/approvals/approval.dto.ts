import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsISO8601,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { ADD_SIGNER_POSITIONS, type AddSignerPosition } from '@cxzy/domain';
import { APPROVAL_LISTS, BULK_MAX, type ApprovalList } from '@cxzy/application';
import { PaginationQueryDto } from '../common/pagination.dto.js';
import { LocalizedTextDto } from '../notification/notification.dto.js';

/** An approval task id: `<process uuid>.<number>`. */
export const TASK_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.\d{1,9}$/;

/** 审批意见: text (mandatory on 驳回 / 退回) and attachment references. */
export class ApprovalCommentDto {
  @ApiProperty({ description: '意见内容（驳回、退回时必填，≤ 2000 字）', example: '同意' })
  @IsString()
  @MaxLength(2000)
  text!: string;

  @ApiPropertyOptional({ description: '附件引用（≤ 10 个）', type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  attachments?: string[];
}

/** Every command carries an idempotency key; the actor is the caller the access token names. */
export class ApprovalCommandDto {
  @ApiProperty({ description: '幂等键：同一键重复提交返回第一次的结果', example: 'approve-0001' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(128)
  idempotencyKey!: string;

  @ApiPropertyOptional({ type: ApprovalCommentDto })
  @IsOptional()
  // ValidateNested alone let an array through (`"comment": [[]]` was accepted: the OpenAPI fuzzer).
  @IsObject()
  @ValidateNested()
  @Type(() => ApprovalCommentDto)
  comment?: ApprovalCommentDto;
}

export class TransferDto extends ApprovalCommandDto {
  @ApiProperty({ description: '转办 / 委派给谁', example: 'qs-supervisor' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  to!: string;
}

export class AddSignerDto extends ApprovalCommandDto {
  @ApiProperty({ description: '加签人', example: 't01-supervisor' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  signer!: string;

  @ApiProperty({ enum: ADD_SIGNER_POSITIONS, description: 'before 前加签 / after 后加签 / parallel 并加签' })
  @IsIn(ADD_SIGNER_POSITIONS)
  position!: AddSignerPosition;
}

export class ReturnDto extends ApprovalCommandDto {
  @ApiProperty({ description: '退回到的前序环节标识', example: 'review' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  toStep!: string;
}

export class CopyDto extends ApprovalCommandDto {
  @ApiProperty({ description: '抄送给（1–50 人）', type: [String] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  userIds!: string[];
}

export class BulkDto extends ApprovalCommandDto {
  @ApiProperty({ enum: ['approve', 'urge'], description: '批量同意或批量催办' })
  @IsIn(['approve', 'urge'])
  action!: 'approve' | 'urge';

  @ApiProperty({ description: `任务 id（1–${BULK_MAX} 个）`, type: [String] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(BULK_MAX)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  taskIds!: string[];
}

/** The submitter is the caller the access token names. */
export class StartApprovalDto {
  @ApiProperty({ description: '审批事项', example: '长家庄党支部 2027 年度评定结果审核' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title!: string;

  @ApiProperty({
    description: '环节（与流程定义的 steps 同一格式：quorum、deadline、reminders、escalation、approval）',
    type: 'array',
    items: { type: 'object' },
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsObject({ each: true })
  steps!: Record<string, unknown>[];

  @ApiProperty({
    description: '各环节的人员，按环节标识：{ signers: 审批人（依次审批时按此顺序）, cc?: 环节开始时抄送 }',
    type: 'object',
    additionalProperties: true,
    example: { review: { signers: ['a', 'b'], cc: ['c'] } },
  })
  @IsObject()
  people!: Record<string, unknown>;

  @ApiPropertyOptional({ description: '督办人（可催办）', type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  supervisors?: string[];

  @ApiPropertyOptional({ description: '所属组织：期限提醒与逐级督办沿其领导线' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @ApiPropertyOptional({ type: ApprovalCommentDto })
  @IsOptional()
  // ValidateNested alone let an array through (`"comment": [[]]` was accepted: the OpenAPI fuzzer).
  @IsObject()
  @ValidateNested()
  @Type(() => ApprovalCommentDto)
  comment?: ApprovalCommentDto;
}

/** The caller's own lists: whose lists they are comes from the access token. */
export class ApprovalListQueryDto extends PaginationQueryDto {
  @ApiProperty({ enum: APPROVAL_LISTS, description: 'todo 待办 / done 已办 / copied 抄送我 / started 我发起的' })
  @IsIn(APPROVAL_LISTS)
  list!: ApprovalList;
}

/** 代理 for the caller themself (the access token names whose range it is). */
export class DeputyRangeDto {
  @ApiProperty({ description: '代理人', example: 't01-supervisor' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  deputyId!: string;

  @ApiProperty({ description: '开始时间（ISO 8601）', example: '2027-01-10T00:00:00+08:00' })
  @IsISO8601({ strict: true })
  from!: string;

  @ApiProperty({ description: '结束时间（不含，ISO 8601）', example: '2027-01-20T00:00:00+08:00' })
  @IsISO8601({ strict: true })
  until!: string;
}

/**
 * A row of 我的审批: a task (待办 / 已办) or, for 抄送我 and 我发起的, an approval (no task fields).
 */
export class ApprovalListItemDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'absent on 抄送我 / 我发起的 rows' }) taskId?: string;
  @ApiProperty({ format: 'uuid' }) processId!: string;
  @ApiProperty() workflowId!: string;
  @ApiProperty() title!: string;
  @ApiPropertyOptional({ example: 'review' }) stepKey?: string;
  @ApiPropertyOptional() generation?: number;
  @ApiPropertyOptional() assignee?: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: '代办：原审批人' }) deputyFor?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: '委派给' }) delegate?: string | null;
  @ApiProperty({ description: 'the task’s status (tasks) or the approval’s (approvals)' }) status!: string;
  @ApiPropertyOptional({ description: 'the user may decide it now' }) actionable?: boolean;
  @ApiPropertyOptional() urgeCount?: number;
  @ApiPropertyOptional() processStatus?: string;
  @ApiPropertyOptional() processKind?: string;
  @ApiPropertyOptional() submitter?: string;
  @ApiPropertyOptional() currentStep?: string;
  @ApiPropertyOptional({ format: 'date-time' }) createdAt?: Date;
  @ApiProperty() link!: string;
}

export class ApprovalListDto {
  @ApiProperty({ type: [ApprovalListItemDto] }) items!: ApprovalListItemDto[];
  @ApiProperty() total!: number;
}

export class BulkItemErrorDto {
  @ApiProperty() code!: string;
  @ApiProperty({ type: LocalizedTextDto }) message!: LocalizedTextDto;
  @ApiProperty({ nullable: true, type: String }) field!: string | null;
}

export class BulkItemResultDto {
  @ApiProperty({ format: 'uuid' }) taskId!: string;
  @ApiProperty() ok!: boolean;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'the Update’s answer (ok)' })
  result?: unknown;
  @ApiPropertyOptional({ type: BulkItemErrorDto, description: 'why it was refused (not ok)' })
  error?: BulkItemErrorDto;
}

export class BulkResultDto {
  @ApiProperty() succeeded!: number;
  @ApiProperty() failed!: number;
  @ApiProperty({ type: [BulkItemResultDto] }) results!: BulkItemResultDto[];
}
