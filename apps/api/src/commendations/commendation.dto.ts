import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { COMMENDATION_ROUND_PHASES, EVIDENCE_KINDS, NOMINEE_KINDS, OPINION_STANCES } from '@cxzy/domain';

export class LaunchCommendationDto {
  @ApiProperty({ description: '组织实施单位' }) @IsUUID() gradingUnitId!: string;
  @ApiProperty({ description: '评选名称（如 2027年“七一”表彰）' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title!: string;
  @ApiProperty({ minimum: 2000, maximum: 2999 }) @IsInt() @Min(2000) @Max(2999) year!: number;
}

export class EvidenceDto {
  @ApiProperty({ enum: EVIDENCE_KINDS, description: '定级结果 / 承诺评议 / 三亮三比三评结果' })
  @IsIn(EVIDENCE_KINDS)
  kind!: string;

  @ApiProperty({
    description:
      '记录标识 — grading-tier: 晋位升级轮次 id; pledge-evaluation: 承诺 id; campaign-result: 活动 id. ' +
      'Looked up: it must exist and be the nominee’s, else 422 naming evidence[i].id',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  id!: string;
}

export class NominateDto {
  @ApiProperty({ enum: NOMINEE_KINDS, description: '先进基层党组织 / 优秀共产党员' })
  @IsIn(NOMINEE_KINDS)
  nomineeKind!: string;
  @ApiProperty() @IsUUID() nomineeId!: string;
  @ApiProperty({ description: '推荐单位' }) @IsUUID() organisationId!: string;
  @ApiProperty({ description: '推荐事迹' }) @IsString() @IsNotEmpty() @MaxLength(4000) reason!: string;
  @ApiPropertyOptional({ type: [EvidenceDto] })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => EvidenceDto)
  evidence?: EvidenceDto[];
}

export class OpinionDto {
  @ApiProperty({ enum: OPINION_STANCES }) @IsIn(OPINION_STANCES) stance!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) comment?: string;
}

export class PublicOpinionDto extends OpinionDto {
  @ApiProperty({ description: '评议码' }) @IsString() @IsNotEmpty() @MaxLength(2000) token!: string;
}

export class ObjectionDto {
  @ApiProperty({ description: '异议理由' }) @IsString() @IsNotEmpty() @MaxLength(2000) reason!: string;
}

export class ResolveCommendationObjectionDto {
  @ApiProperty({ description: '是否成立（成立则撤销该推荐）' }) @IsBoolean() uphold!: boolean;
}

export class AdvanceCommendationDto {
  @ApiProperty({ enum: ['vet', 'publicise', 'decide'], description: '进入考察 / 公示 / 审批' })
  @IsIn(['vet', 'publicise', 'decide'])
  to!: 'vet' | 'publicise' | 'decide';
}

export class IssueOpinionTokensDto {
  @ApiProperty({ minimum: 1, maximum: 5000 }) @IsInt() @Min(1) @Max(5000) count!: number;
  @ApiProperty({ minimum: 1, maximum: 2160 }) @IsInt() @Min(1) @Max(2160) validHours!: number;
}

export class CommendationNoticeEntryDto {
  @ApiProperty({ format: 'uuid' }) nominationId!: string;
  @ApiProperty({ enum: NOMINEE_KINDS }) nomineeKind!: string;
  @ApiProperty({ description: '被推荐的党组织或党员（姓名）' }) nomineeName!: string;
  @ApiProperty({ description: '推荐单位' }) organisationName!: string;
  @ApiProperty({ description: '推荐理由（事迹）' }) reason!: string;
  @ApiProperty({ enum: ['publicised', 'approved', 'commended'] }) state!: string;
}

export class CommendationNoticeDto {
  @ApiProperty() title!: string;
  @ApiProperty() year!: number;
  @ApiProperty({ enum: COMMENDATION_ROUND_PHASES }) phase!: string;
  @ApiProperty({ description: '组织实施单位' }) gradingUnitName!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: '公示截止（公示期内）' })
  publicityEndsAt!: string | null;
  @ApiProperty({
    type: [CommendationNoticeEntryDto],
    description: '公示期内：在评的推荐；表彰后：表彰名单；此前与未通过：空',
  })
  entries!: CommendationNoticeEntryDto[];
}

export class ListCommendationsQueryDto {
  @ApiProperty({ format: 'uuid', description: '组织实施单位' }) @IsUUID() gradingUnitId!: string;
}
