import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
  IsObject,
} from 'class-validator';
import {
  EVALUATION_SOURCES,
  INSTANT_TRIGGER_KINDS,
  PLEDGE_FORMS,
  PLEDGE_KINDS,
  PLEDGER_KINDS,
  type EvaluationSource,
  type InstantTriggerKind,
  type PledgeForm,
  type PledgeKind,
  type PledgerKind,
} from '@cxzy/domain';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Every command carries an idempotency key: the same key again returns the first answer (the caller acts). */
export class PledgeCommandDto {
  @ApiProperty({ description: '幂等键：同一键重复提交返回第一次的结果', example: 'review-2027-0001' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(128)
  idempotencyKey!: string;
}

export class PledgeItemDto {
  @ApiProperty({ example: '每月走访困难群众两次' }) @IsString() @MaxLength(2000) content!: string;
  @ApiPropertyOptional({ description: '责任人（党组织承诺必填）' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  responsiblePerson?: string;
  @ApiPropertyOptional({ description: '措施（党组织承诺必填）' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  measures?: string;
  @ApiPropertyOptional({ description: '完成时限（党组织承诺必填）', example: '2027-06-30' })
  @IsOptional()
  @Matches(DATE)
  completionDate?: string;
}

export class InstantTriggerDto {
  @ApiProperty({ enum: INSTANT_TRIGGER_KINDS }) @IsIn(INSTANT_TRIGGER_KINDS) kind!: InstantTriggerKind;
  @ApiProperty({ example: '7月防汛抢险' }) @IsString() @IsNotEmpty() @MaxLength(200) reference!: string;
}

export class ProposePledgeDto {
  @ApiProperty({ enum: PLEDGE_KINDS }) @IsIn(PLEDGE_KINDS) kind!: PledgeKind;
  @ApiProperty({ enum: PLEDGE_FORMS }) @IsIn(PLEDGE_FORMS) form!: PledgeForm;
  @ApiProperty({ enum: PLEDGER_KINDS }) @IsIn(PLEDGER_KINDS) pledgerKind!: PledgerKind;
  @ApiProperty({ example: 2027 }) @IsInt() @Min(2000) @Max(2999) year!: number;
  @ApiPropertyOptional({ format: 'uuid', description: '承诺党员（党员承诺必填）' })
  @IsOptional()
  @IsUUID()
  memberId?: string;
  @ApiPropertyOptional({ type: [String], description: '集体承诺的全体党员（含提出人）' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  memberIds?: string[];
  @ApiProperty({ format: 'uuid', description: '承诺所在党组织（流动党员为流入地党组织）' })
  @IsUUID()
  organisationId!: string;
  @ApiProperty({ type: [PledgeItemDto] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => PledgeItemDto)
  items!: PledgeItemDto[];
  @ApiPropertyOptional({ type: InstantTriggerDto, description: '即时承诺针对的任务或事件' })
  @IsOptional()
  @IsObject() // ValidateNested alone lets an array through
  @ValidateNested()
  @Type(() => InstantTriggerDto)
  trigger?: InstantTriggerDto;
  @ApiPropertyOptional({ type: [String], description: '五带头：study / results / service / law / integrity' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @IsString({ each: true })
  leads?: string[];
  @ApiPropertyOptional({ type: [String], description: '党组织承诺关联的党员承诺' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  linkedPledgeIds?: string[];
  @ApiPropertyOptional({ example: '2027-08-31', description: '即时承诺的完成时限' })
  @IsOptional()
  @Matches(DATE)
  dueDate?: string;
}

export class ReviewPledgeDto extends PledgeCommandDto {
  @ApiProperty({ enum: ['approve', 'return'] }) @IsIn(['approve', 'return']) decision!: 'approve' | 'return';
  @ApiPropertyOptional({ description: '退回理由（退回时必填）' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string;
}

export class RevisePledgeDto extends PledgeCommandDto {
  @ApiProperty({ type: [PledgeItemDto] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => PledgeItemDto)
  items!: PledgeItemDto[];
}

export class AmendPledgeDto extends RevisePledgeDto {
  @ApiProperty({ description: '修订理由' }) @IsString() @IsNotEmpty() @MaxLength(1000) reason!: string;
}

export class PublicisePledgeDto extends PledgeCommandDto {
  @ApiProperty({ enum: ['party', 'public'], description: '党内公开 / 向群众公开' }) @IsIn(['party', 'public']) scope!:
    'party' | 'public';
  @ApiProperty({ example: '2027-12-31T16:00:00Z', description: '公开截止时间' }) @IsISO8601() expiresAt!: string;
  @ApiPropertyOptional({ example: '2027年1月支部党员大会', description: '通报的会议' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  announcedAt?: string;
}

export class ReportProgressDto extends PledgeCommandDto {
  @ApiProperty({ example: '已走访困难群众 12 户' }) @IsString() @IsNotEmpty() @MaxLength(2000) note!: string;
  @ApiPropertyOptional({ type: [String], description: '佐证材料（链接或说明）' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  evidence?: string[];
  @ApiProperty({ minimum: 0, maximum: 100 }) @IsInt() @Min(0) @Max(100) percent!: number;
  @ApiPropertyOptional({ description: '已全部完成（结束履行，进入评议）' })
  @IsOptional()
  @IsBoolean()
  completed?: boolean;
}

export class EvaluatePledgeDto extends PledgeCommandDto {
  @ApiProperty({
    enum: EVALUATION_SOURCES.filter((s) => s !== 'public'),
    description: '个人自评 / 党员互评 / 领导点评',
  })
  @IsIn(['self', 'peer', 'leader'])
  source!: Exclude<EvaluationSource, 'public'>;
  @ApiProperty({ description: '评议人（自评、互评为党员 id；领导点评为用户名）' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  evaluatorId!: string;
  @ApiProperty({ minimum: 0, maximum: 100 }) @IsNumber() @Min(0) @Max(100) score!: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) comment?: string;
  @ApiPropertyOptional({ description: '成绩（领导点评必填）' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  achievements?: string;
  @ApiPropertyOptional({ description: '问题与方向（领导点评必填）' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  problemsAndDirection?: string;
}

export class FeedBackPledgeDto extends PledgeCommandDto {
  @ApiProperty({ example: '承诺完成较好，望继续保持' }) @IsString() @IsNotEmpty() @MaxLength(2000) message!: string;
}

export class LedgerQueryDto {
  @ApiPropertyOptional({ example: 2027 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2999)
  year?: number;
}

export class PledgeUpdateResultDto {
  @ApiProperty({ format: 'uuid' }) pledgeId!: string;
  @ApiProperty({ enum: ['proposed', 'returned', 'approved', 'fulfilling', 'evaluating', 'evaluated', 'closed'] })
  state!: string;
  @ApiProperty() seq!: number;
  @ApiProperty({ description: '提示审核人（不阻止）', type: 'array', items: { type: 'object' } }) warnings!: unknown[];
  @ApiProperty({ nullable: true, type: Number, description: '承诺台账版本' }) ledgerVersion!: number | null;
  @ApiProperty({ nullable: true, type: 'object', additionalProperties: true, description: '评议结果' })
  result!: unknown;
}

export class BoardEntryDto {
  @ApiProperty({ format: 'uuid' }) pledgeId!: string;
  @ApiProperty() organisationName!: string;
  @ApiProperty({ type: [String], description: '只显示姓名，不显示身份证号、电话' }) pledgerNames!: string[];
  @ApiProperty() year!: number;
  @ApiProperty({ enum: PLEDGE_KINDS }) kind!: string;
  @ApiProperty({ type: [String] }) items!: string[];
  @ApiProperty() publishedAt!: string;
  @ApiProperty() expiresAt!: string;
}

/** POST /pledges (202): the pledge and its workflow were started. */
export class PledgeProposedDto {
  @ApiProperty({ format: 'uuid' }) pledgeId!: string;
  @ApiProperty() workflowId!: string;
}

export class PledgeItemViewDto {
  @ApiProperty() content!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) responsiblePerson?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) measures?: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: '2027-06-30' }) completionDate?: string | null;
}

/** The stored pledge (GET /pledges/:id `pledge`). */
export class PledgeRecordDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() workflowId!: string;
  @ApiProperty() year!: number;
  @ApiProperty({ enum: PLEDGE_KINDS }) kind!: string;
  @ApiProperty({ example: 'individual' }) form!: string;
  @ApiProperty({ example: 'member' }) pledgerKind!: string;
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty({ nullable: true, type: String }) memberId!: string | null;
  @ApiProperty({ type: [String] }) memberIds!: string[];
  @ApiProperty({ type: [PledgeItemViewDto] }) items!: PledgeItemViewDto[];
  @ApiProperty({ nullable: true, type: 'object', additionalProperties: true }) trigger!: unknown;
  @ApiProperty({ type: [String] }) leads!: string[];
  @ApiProperty({ nullable: true, type: String }) dueDate!: string | null;
  @ApiProperty({ format: 'uuid' }) definitionId!: string;
  @ApiProperty() definitionVersion!: number;
  @ApiProperty() state!: string;
  @ApiProperty() seq!: number;
  @ApiProperty({ nullable: true, type: String }) returnReason!: string | null;
  @ApiProperty({ nullable: true, type: 'object', additionalProperties: true }) result!: unknown;
  @ApiProperty({ nullable: true, type: String }) feedback!: string | null;
  @ApiProperty() proposedBy!: string;
}

export class OpenPledgeStepDto {
  @ApiProperty({ example: 'review' }) key!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) deadlineAt!: string | null;
}

/** The pledge workflow's live state (query pledgeStatus). */
export class PledgeLiveDto {
  @ApiProperty({ format: 'uuid' }) pledgeId!: string;
  @ApiProperty({ enum: ['proposed', 'returned', 'approved', 'fulfilling', 'evaluating', 'evaluated', 'closed'] })
  state!: string;
  @ApiProperty() seq!: number;
  @ApiProperty({ type: [PledgeItemViewDto] }) items!: PledgeItemViewDto[];
  @ApiProperty({ nullable: true, type: String }) returnReason!: string | null;
  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true } }) evaluations!: unknown[];
  @ApiProperty({ nullable: true, type: 'object', additionalProperties: true }) result!: unknown;
  @ApiProperty() feedbackDelivered!: boolean;
  @ApiProperty({ type: OpenPledgeStepDto, nullable: true }) openStep!: OpenPledgeStepDto | null;
}

export class PledgeStatusDto {
  @ApiProperty({ type: PledgeRecordDto }) pledge!: PledgeRecordDto;
  @ApiProperty({ type: PledgeLiveDto }) live!: PledgeLiveDto;
}
