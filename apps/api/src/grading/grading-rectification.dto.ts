import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
} from 'class-validator';
import type { RectificationPlanInput } from '@cxzy/domain';
import { BranchActionDto } from './grading-round.dto.js';

export class RectificationPlanDto extends BranchActionDto {
  @ApiProperty({
    description:
      '整改方案: { goal (consolidate|push|rectify, by the tier), startsOn, endsOn, targets: [{ indicator, problem, ' +
      'measures[], responsible, dueOn }], contactLeader? { name, position } (lagging: required), reportEveryMonths }. ' +
      'The targets must include the branch’s weakest indicators (planRequirements.targets); every problem is ' +
      'answered at once with its JSON path (422).',
    type: 'object',
    additionalProperties: true,
  })
  @IsObject()
  plan!: RectificationPlanInput;
}

export class PlanApprovalDto extends BranchActionDto {
  @ApiPropertyOptional({ description: '审批意见', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

export class PlanReturnDto extends BranchActionDto {
  @ApiProperty({ description: '退回理由（必填）', maxLength: 2000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}

export class ProgressReportDto extends BranchActionDto {
  @ApiProperty({ description: '整改进展情况', maxLength: 4000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  summary!: string;

  @ApiPropertyOptional({ description: 'true: 整改完成 — the branch declares the rectification complete (验收 opens)' })
  @IsOptional()
  @IsBoolean()
  complete?: boolean;
}

export class AcceptanceDto extends BranchActionDto {
  @ApiProperty({
    description: '三项验收判断: organisationStrengthened, problemsSolved, membersAndPublicSatisfied (true/false)',
    type: 'object',
    additionalProperties: { type: 'boolean' },
  })
  @IsObject()
  checks!: Record<'organisationStrengthened' | 'problemsSolved' | 'membersAndPublicSatisfied', boolean>;

  @ApiProperty({
    description: '对照各项指标的验收意见: one { indicator, comment } per indicator of the branch’s sheet',
    type: 'array',
    items: { type: 'object', properties: { indicator: { type: 'string' }, comment: { type: 'string' } } },
  })
  @IsArray()
  @ArrayMaxSize(20)
  @IsObject({ each: true })
  indicatorComments!: { indicator: string; comment: string }[];
}
