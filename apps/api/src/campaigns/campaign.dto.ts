import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsDateString,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { LEADER_COMMENT_KINDS, PUBLIC_VOTES } from '@cxzy/domain';

export class LaunchCampaignDto {
  @ApiProperty({ description: '窗口单位（组织）' }) @IsUUID() organisationId!: string;
  @ApiProperty({ description: '活动名称' }) @IsString() @IsNotEmpty() @MaxLength(200) title!: string;
  @ApiProperty({ example: '2027-04-01' }) @IsDateString({ strict: true }) periodStart!: string;
  @ApiProperty({ example: '2027-06-30' }) @IsDateString({ strict: true }) periodEnd!: string;
}

export class IssueCampaignTokensDto {
  @ApiProperty({ minimum: 1, maximum: 5000, description: '评议码数量：每个只能评议一次' })
  @IsInt()
  @Min(1)
  @Max(5000)
  count!: number;

  @ApiProperty({ minimum: 1, maximum: 2160, description: '有效小时数' })
  @IsInt()
  @Min(1)
  @Max(2160)
  validHours!: number;
}

export class RateCampaignDto {
  @ApiProperty({ description: '评议码' }) @IsString() @IsNotEmpty() @MaxLength(2000) token!: string;
  @ApiProperty({ minimum: 0, maximum: 100, description: '电子评价得分' }) @IsInt() @Min(0) @Max(100) score!: number;
  @ApiProperty({ enum: PUBLIC_VOTES, description: '网上投票' }) @IsIn(PUBLIC_VOTES) vote!: string;
  @ApiPropertyOptional({ description: '意见箱' }) @IsOptional() @IsString() @MaxLength(1000) suggestion?: string;
  @ApiPropertyOptional({ description: '是否投诉（须写明问题）' }) @IsOptional() @IsBoolean() complaint?: boolean;
}

export class LeaderCommentDto {
  @ApiProperty({ enum: LEADER_COMMENT_KINDS, description: '集体 / 个别 / 随机 / 现场点评' })
  @IsIn(LEADER_COMMENT_KINDS)
  kind!: string;

  @ApiPropertyOptional({ description: '被点评党员（集体点评不填）' }) @IsOptional() @IsUUID() memberId?: string;
  @ApiProperty({ minimum: 0, maximum: 100 }) @IsInt() @Min(0) @Max(100) score!: number;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(2000) text!: string;
}

/** The reviewer is the caller: the member their user is linked to (never a body field). */
export class PeerReviewDto {
  @ApiProperty({ description: '被评议党员' }) @IsUUID() memberId!: string;
  @ApiProperty({ minimum: 0, maximum: 100 }) @IsInt() @Min(0) @Max(100) score!: number;
}

export class CompetitionEntryDto {
  @ApiProperty({ enum: ['unit', 'member'] }) @IsIn(['unit', 'member']) subjectKind!: 'unit' | 'member';
  @ApiProperty() @IsUUID() subjectId!: string;
  @ApiProperty({
    description: '各评分项得分（0–100），键为评分表的 key',
    example: { skills: 90 },
    type: 'object',
    additionalProperties: { type: 'number' },
  })
  @IsObject()
  itemScores!: Record<string, number>;
}

export class CloseFollowUpDto {
  @ApiProperty({ description: '整改情况' }) @IsString() @IsNotEmpty() @MaxLength(2000) resolution!: string;
}
