import { CalendarWarningResponse } from '../calendar/calendar.dto.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsDateString,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  isUUID,
} from 'class-validator';
import { LocalizedTextDto } from '../notification/notification.dto.js';

export class LaunchGradingRoundDto {
  @ApiProperty({ description: '组织实施单位（县委等）的组织 id', format: 'uuid' })
  @IsUUID()
  gradingUnitId!: string;

  @ApiProperty({ description: '年度', example: 2027 })
  @IsInt()
  @Min(2000)
  @Max(2999)
  year!: number;

  @ApiPropertyOptional({
    description: '在部署窗口（上年11月1日至当年3月31日）之外部署的理由，留痕审计',
    maxLength: 500,
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  overrideReason?: string;

  @ApiPropertyOptional({ description: '各党组织确认收到通知的期限（ISO 时间）；默认 5 个工作日' })
  @IsOptional()
  @IsDateString()
  acknowledgeBy?: string;
}

export class BranchActionDto {
  @ApiProperty({ description: '幂等键: a repeat with the same key returns the first result', maxLength: 100 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  idempotencyKey!: string;
}

export class SelfAssessmentDto extends BranchActionDto {
  @ApiProperty({
    description: '自评：指标表每个子项的得分（0 至该子项分值，至多两位小数）',
    example: { 'leader-1': 8.5 },
    type: 'object',
    additionalProperties: { type: 'number' },
  })
  @IsObject()
  items!: Record<string, number>;

  @ApiPropertyOptional({ description: '说明', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;

  @ApiPropertyOptional({
    description: '佐证材料：每个子项引用已上传的材料 id（POST …/evidence 的答复）',
    example: { 'leader-1': ['6f1c2d3e-0000-4000-8000-000000000001'] },
    type: 'object',
    additionalProperties: { type: 'array', items: { type: 'string', format: 'uuid' } },
  })
  @IsOptional()
  @ValidateBy({
    name: 'isEvidenceMap',
    validator: {
      // At most 200 items, each at most 20 uuids.
      validate: (value: unknown) =>
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        Object.keys(value).length <= 200 &&
        Object.values(value).every(
          (ids) => Array.isArray(ids) && ids.length <= 20 && ids.every((id) => typeof id === 'string' && isUUID(id)),
        ),
      defaultMessage: () => 'evidence must map item keys to lists of at most 20 evidence ids (uuid)',
    },
  })
  evidence?: Record<string, string[]>;
}

export class SuperiorRatingDto extends BranchActionDto {
  @ApiPropertyOptional({
    description: '上级评定：逐项打分（与 overall 二选一）',
    type: 'object',
    additionalProperties: { type: 'number' },
  })
  @IsOptional()
  @IsObject()
  items?: Record<string, number>;

  @ApiPropertyOptional({ description: '上级评定：百分制总分（与 items 二选一）', minimum: 0, maximum: 100 })
  @IsOptional()
  @IsNumber()
  overall?: number;

  @ApiPropertyOptional({ description: '评语', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

export class BranchActionResultDto {
  @ApiProperty() organisationId!: string;
  @ApiProperty({ example: 'acknowledgeNotice' }) action!: string;
  @ApiProperty({ example: 'deploy.notified' }) from!: string;
  @ApiProperty({ example: 'grade.self-assessing' }) to!: string;
}

/** Branches of one sector counted per state. */
export class SectorProgressDto {
  @ApiProperty({ example: 'village' }) sectorCode!: string;
  @ApiProperty({ example: 6 }) branches!: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, example: { 'deploy.notified': 6 } })
  byState!: Record<string, number>;
}

const COUNTS = { type: 'object', additionalProperties: { type: 'integer' } } as const;

/** Open steps of one sector's branches past their deadline, per step key. */
export class SectorOverdueDto {
  @ApiProperty({ example: 'village' }) sectorCode!: string;
  @ApiProperty({ example: 2 }) total!: number;
  @ApiProperty({ ...COUNTS, example: { 'self-assessment': 2 } }) byStep!: Record<string, number>;
}

/** 逾期: the round's branches' open steps past their deadline (step_tasks), in all and per sector. */
export class RoundOverdueDto {
  @ApiProperty({ example: 3 }) total!: number;
  @ApiProperty({ ...COUNTS, example: { 'deploy-acknowledge': 1, 'self-assessment': 2 } }) byStep!: Record<
    string,
    number
  >;
  @ApiProperty({ type: [SectorOverdueDto] }) bySector!: SectorOverdueDto[];
}

export class GradingWaitDto {
  @ApiProperty({ enum: ['open-objections', 'previous-round-acceptance'] }) reason!: string;
  @ApiProperty() count!: number;
  @ApiProperty({ type: LocalizedTextDto }) message!: LocalizedTextDto;
}

/** 分类定级: tiers counted, the publicity's end, objections per status, and what holds the tiers. */
export class GradingProgressDto {
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) publicityEndsAt!: Date | null;
  @ApiProperty({ ...COUNTS, example: { advanced: 2, average: 7, lagging: 1 } }) proposed!: Record<string, number>;
  @ApiProperty({ ...COUNTS, example: {} }) final!: Record<string, number>;
  @ApiProperty({ ...COUNTS, example: { open: 1 } }) objections!: Record<string, number>;
  @ApiProperty({ type: GradingWaitDto, nullable: true }) waitingFor!: GradingWaitDto | null;
}

/** Branches of the round counted per state, in all and per sector. */
export class RoundProgressDto {
  @ApiProperty({ example: 10 }) branches!: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, example: { 'deploy.notified': 10 } })
  byState!: Record<string, number>;
  @ApiProperty({ type: [SectorProgressDto] }) bySector!: SectorProgressDto[];
  @ApiProperty({ type: RoundOverdueDto }) overdue!: RoundOverdueDto;
  @ApiProperty({ type: GradingProgressDto }) grading!: GradingProgressDto;
}

/** A round and its progress (from the projection). */
export class GradingRoundViewDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) gradingUnitId!: string;
  @ApiProperty({ example: 2027 }) year!: number;
  @ApiProperty({ example: 'grade.collecting' }) state!: string;
  @ApiProperty() workflowId!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'the pinned definition id per sector',
  })
  definitionIds!: Record<string, string>;
  @ApiProperty({ example: '2026-11-25', description: 'the day of the deploy (Asia/Shanghai)' }) deployOn!: string;
  @ApiProperty({ nullable: true, type: String }) deployOverrideReason!: string | null;
  @ApiProperty() launchedBy!: string;
  @ApiProperty() launchedAt!: Date;
  @ApiProperty({ type: RoundProgressDto }) progress!: RoundProgressDto;
}

/** The launched round, with what the administrator should know (never a refusal). */
export class LaunchedGradingRoundDto extends GradingRoundViewDto {
  @ApiProperty({
    type: [CalendarWarningResponse],
    description: 'a year its working-day deadlines may fall in has no holiday calendar (CALENDAR_YEAR_MISSING)',
  })
  warnings!: CalendarWarningResponse[];
}
