import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export class RoundActionDto {
  @ApiProperty({ description: '幂等键: a repeat with the same key returns the first result', maxLength: 100 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  idempotencyKey!: string;
}

export class ReturnClassificationDto extends RoundActionDto {
  @ApiProperty({ description: '退回理由（必填）', maxLength: 2000 })
  @IsString()
  @MaxLength(2000)
  reason!: string;
}

export class CorrectedRatingDto {
  @ApiPropertyOptional({
    description: '更正后的逐项得分（与 overall 二选一）',
    type: 'object',
    additionalProperties: { type: 'number' },
  })
  @IsOptional()
  @IsObject()
  items?: Record<string, number>;

  @ApiPropertyOptional({ description: '更正后的百分制总分（与 items 二选一）', minimum: 0, maximum: 100 })
  @IsOptional()
  @IsNumber()
  overall?: number;
}

export class ResolveObjectionDto extends RoundActionDto {
  @ApiProperty({
    description: 'upheld 采纳（该党组织重新定级）/ rejected 不予采纳（等次不变）',
    enum: ['upheld', 'rejected'],
  })
  @IsIn(['upheld', 'rejected'])
  outcome!: 'upheld' | 'rejected';

  @ApiProperty({ description: '处理理由（不公开）', maxLength: 2000 })
  @IsString()
  @MaxLength(2000)
  note!: string;

  @ApiPropertyOptional({ description: '采纳时必填：更正后的上级评定', type: CorrectedRatingDto })
  @IsOptional()
  @IsObject() // ValidateNested alone lets an array through
  @ValidateNested()
  @Type(() => CorrectedRatingDto)
  correctedRating?: CorrectedRatingDto;
}

export class IssueRatingTokensDto {
  @ApiProperty({
    description: 'appraisal 群众评议（须指定党组织）/ objection 公示期异议（本轮）',
    enum: ['appraisal', 'objection'],
  })
  @IsIn(['appraisal', 'objection'])
  purpose!: 'appraisal' | 'objection';

  @ApiPropertyOptional({ description: '被评议的党组织 id（purpose = appraisal 时必填）', format: 'uuid' })
  @ValidateIf((dto: IssueRatingTokensDto) => dto.purpose === 'appraisal' || dto.organisationId !== undefined)
  @IsUUID()
  organisationId?: string;

  @ApiProperty({ description: '发放个数', minimum: 1, maximum: 5000 })
  @IsInt()
  @Min(1)
  @Max(5000)
  count!: number;

  @ApiProperty({ description: '有效期（小时）', minimum: 1, maximum: 2160 })
  @IsInt()
  @Min(1)
  @Max(2160)
  ttlHours!: number;

  @ApiPropertyOptional({ description: '群众参评基数（户数、服务对象数等）；默认等于发放个数', minimum: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  publicBase?: number;
}

export class MemberAppraisalDto {
  @ApiPropertyOptional({
    description: '逐项打分（与 overall 二选一）',
    type: 'object',
    additionalProperties: { type: 'number' },
  })
  @IsOptional()
  @IsObject()
  items?: Record<string, number>;

  @ApiPropertyOptional({ description: '百分制总分（与 items 二选一）', minimum: 0, maximum: 100 })
  @IsOptional()
  @IsNumber()
  overall?: number;
}

export class PublicAppraisalDto {
  @ApiProperty({ description: '评议码：签名、有限期、一次有效，只能评议发码时指定的党组织' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  token!: string;

  @ApiPropertyOptional({
    description: '逐项打分（与 overall 二选一）',
    type: 'object',
    additionalProperties: { type: 'number' },
  })
  @IsOptional()
  @IsObject()
  items?: Record<string, number>;

  @ApiPropertyOptional({ description: '百分制总分（与 items 二选一）', minimum: 0, maximum: 100 })
  @IsOptional()
  @IsNumber()
  overall?: number;

  @ApiProperty({ description: '是否满意（计入群众满意度）' })
  @IsBoolean()
  satisfied!: boolean;
}

export class BranchFactsDto {
  @ApiProperty({ description: '书记职位空缺起始日期（YYYY-MM-DD），在职为 null', nullable: true, type: String })
  @ValidateIf((_: unknown, value: unknown) => value !== null)
  @Matches(ISO_DATE)
  secretaryPostVacantSince!: string | null;

  @ApiProperty({ description: '最近一次组织生活日期（YYYY-MM-DD），无记录为 null', nullable: true, type: String })
  @ValidateIf((_: unknown, value: unknown) => value !== null)
  @Matches(ISO_DATE)
  lastPartyActivityOn!: string | null;
}

export class FileObjectionDto {
  @ApiProperty({ description: '被提出异议的党组织 id', format: 'uuid' })
  @IsUUID()
  organisationId!: string;

  @ApiProperty({ description: '实名（不公开）', maxLength: 40 })
  @IsString()
  @MaxLength(40)
  realName!: string;

  @ApiProperty({ description: '联系方式：手机、固话或电子邮箱（不公开）', maxLength: 254 })
  @IsString()
  @MaxLength(254)
  contact!: string;

  @ApiProperty({ description: '异议理由（不公开）', maxLength: 2000 })
  @IsString()
  @MaxLength(2000)
  reason!: string;
}

/** The public's objection: no account, a token issued for this round's objections instead. */
export class PublicObjectionDto extends FileObjectionDto {
  @ApiProperty({ description: '群众：本轮异议码（签名、有限期、一次有效）' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  token!: string;
}

export class PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 1000, default: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;

  @ApiPropertyOptional({ minimum: 0, default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset?: number;
}

export class RoundUpdateResultDto {
  @ApiProperty({ example: 'proposeClassification' }) action!: string;
  @ApiProperty({ example: 'grade.collecting' }) from!: string;
  @ApiProperty({ example: 'grade.proposed' }) to!: string;
  @ApiPropertyOptional({ description: '拟定等次统计：branches, byTier, movedByQuota' }) classification?: object;
  @ApiPropertyOptional({ description: '公示截止时间' }) publicityEndsAt?: string;
  @ApiPropertyOptional({ description: '异议处理结果：id, outcome, changedBranches' }) objection?: object;
}
