import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LocalizedTextDto } from '../notification/notification.dto.js';

/** Response shapes of the grading reads (ADR 0012: every answer the console reads has a schema). */

const FREE_OBJECT = { type: 'object', additionalProperties: true } as const;

export class TierCountsDto {
  @ApiProperty({ example: 2 }) advanced!: number;
  @ApiProperty({ example: 6 }) average!: number;
  @ApiProperty({ example: 1 }) lagging!: number;
}

export class SectorTierDistributionDto {
  @ApiProperty({ example: 'village' }) sectorCode!: string;
  @ApiProperty({ example: 9 }) branches!: number;
  @ApiProperty({ type: TierCountsDto, description: '拟定等次' }) proposed!: TierCountsDto;
  @ApiProperty({ type: TierCountsDto, description: '最终等次' }) final!: TierCountsDto;
}

export class QuotaGroupDto {
  @ApiProperty({ example: 'grading-unit' }) key!: string;
  @ApiProperty({ type: [String], example: ['village', 'urban-community'] }) sectorCodes!: string[];
  @ApiProperty({ example: 10, description: '参与定额计算的党组织数' }) size!: number;
  @ApiProperty({ example: 3, description: '先进名额上限' }) advancedCap!: number;
  @ApiProperty({ example: 1, description: '后进名额下限' }) laggingFloor!: number;
  @ApiProperty() laggingQuotaApplies!: boolean;
  @ApiProperty({ type: TierCountsDto, description: '提出定级时的各等次数' }) counts!: TierCountsDto;
}

export class TierDistributionDto {
  @ApiProperty({ example: 'grade.publicity' }) state!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) publicityEndsAt!: Date | null;
  @ApiProperty({ type: [SectorTierDistributionDto] }) bySector!: SectorTierDistributionDto[];
  @ApiProperty({ type: [QuotaGroupDto], nullable: true, description: 'the quota groups of the last proposal' })
  quotaGroups!: QuotaGroupDto[] | null;
}

export class ClassifiedBranchDto {
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty({ example: 'QS-T01-V01' }) organisationCode!: string;
  @ApiProperty({ example: 'village' }) sectorCode!: string;
  @ApiProperty({ nullable: true, type: Number, example: 86.5 }) score!: number | null;
  @ApiProperty({ nullable: true, type: Number, example: 3 }) rank!: number | null;
  @ApiProperty({ nullable: true, type: String, description: 'the tier by score alone' }) scoreTier!: string | null;
  @ApiProperty({ nullable: true, type: String }) proposedTier!: string | null;
  @ApiProperty({ nullable: true, type: String }) finalTier!: string | null;
  @ApiProperty({
    type: 'array',
    items: FREE_OBJECT,
    description: 'every move with its reason (quota, veto, objection)',
  })
  reasons!: Record<string, unknown>[];
  @ApiProperty({ ...FREE_OBJECT, nullable: true, description: 'how the score was composed' })
  explanation!: Record<string, unknown> | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) tierSignalledAt!: Date | null;
}

export class ClassificationPageDto {
  @ApiProperty({ type: [ClassifiedBranchDto] }) branches!: ClassifiedBranchDto[];
  @ApiProperty() limit!: number;
  @ApiProperty() offset!: number;
}

export class ObjectionCountsDto {
  @ApiProperty() open!: number;
  @ApiProperty() upheld!: number;
  @ApiProperty() rejected!: number;
}

/** The public view of an objection: never who filed it. */
export class ObjectionPublicViewDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty({ example: 'QS-T01-V01' }) organisationCode!: string;
  @ApiProperty({ example: '2027-03-02' }) filedOn!: string;
  @ApiProperty({ enum: ['open', 'upheld', 'rejected'] }) status!: string;
  @ApiPropertyOptional({ example: '2027-03-05' }) decidedOn?: string;
}

export class ObjectionListDto {
  @ApiProperty({ type: ObjectionCountsDto }) counts!: ObjectionCountsDto;
  @ApiProperty({ type: [ObjectionPublicViewDto] }) objections!: ObjectionPublicViewDto[];
}

/** What the plan of a branch must contain (rectificationRequirements). */
export class PlanRequirementsDto {
  @ApiProperty({ enum: ['advanced', 'average', 'lagging'] }) tier!: string;
  @ApiProperty({ enum: ['consolidate', 'push', 'rectify'], description: '巩固先进 / 推动一般 / 整顿后进' })
  goal!: string;
  @ApiProperty({ type: [String], example: ['venue', 'support'], description: '得分最低的指标：方案须逐一针对' })
  targets!: string[];
  @ApiProperty() superiorApprovalRequired!: boolean;
  @ApiProperty({ description: '后进党组织须明确联系领导' }) contactLeaderRequired!: boolean;
  @ApiProperty({ example: 6, description: '进展报告最长间隔（月）' }) reportIntervalMonths!: number;
}

export class PlanTargetDto {
  @ApiProperty({ example: 'venue' }) indicator!: string;
  @ApiProperty({ description: '突出问题' }) problem!: string;
  @ApiProperty({ type: [String], description: '整改措施' }) measures!: string[];
  @ApiProperty({ description: '责任人' }) responsible!: string;
  @ApiProperty({ example: '2027-11-30' }) dueOn!: string;
}

export class ContactLeaderDto {
  @ApiProperty() name!: string;
  @ApiProperty() position!: string;
}

export class RectificationPlanViewDto {
  @ApiProperty({ example: 'push' }) goal!: string;
  @ApiProperty({ example: '2027-06-01' }) startsOn!: string;
  @ApiProperty({ example: '2027-12-31' }) endsOn!: string;
  @ApiProperty({ type: [PlanTargetDto] }) targets!: PlanTargetDto[];
  @ApiPropertyOptional({ type: ContactLeaderDto, nullable: true }) contactLeader?: ContactLeaderDto | null;
  @ApiProperty({ example: 6 }) reportEveryMonths!: number;
}

export class PlanReviewDto {
  @ApiProperty({ enum: ['approved', 'returned'] }) decision!: string;
  @ApiProperty({ nullable: true, type: String, description: '审批意见或退回理由' }) text!: string | null;
}

export class ProgressReportViewDto {
  @ApiProperty() summary!: string;
  @ApiProperty({ description: 'true: 整改完成 declared with this report' }) complete!: boolean;
  @ApiProperty({ format: 'date-time', description: 'when it was reported' }) at!: string;
}

export class AcceptanceViewDto {
  @ApiProperty() passed!: boolean;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'boolean' } }) checks!: Record<string, boolean>;
  @ApiProperty() acceptedBy!: string;
  @ApiProperty({ example: '2027-12-20' }) acceptedOn!: string;
}

export class PreviousRoundLineDto {
  @ApiProperty() year!: number;
  @ApiProperty({ enum: ['advanced', 'average', 'lagging'] }) tier!: string;
  @ApiProperty({ enum: ['passed', 'not-passed', 'missing'] }) acceptance!: string;
  @ApiProperty({ type: [String] }) failedChecks!: string[];
  @ApiProperty({ type: LocalizedTextDto }) label!: LocalizedTextDto;
}

/** 整改与验收 of one branch, from the projection. */
export class BranchRectificationViewDto {
  @ApiProperty({ format: 'uuid' }) roundId!: string;
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty({ example: 'rectify.plan-due' }) state!: string;
  @ApiProperty({ nullable: true, type: String }) finalTier!: string | null;
  @ApiProperty({ type: PlanRequirementsDto, nullable: true }) planRequirements!: PlanRequirementsDto | null;
  @ApiProperty({ type: RectificationPlanViewDto, nullable: true }) rectificationPlan!: RectificationPlanViewDto | null;
  @ApiProperty({ type: PlanReviewDto, nullable: true }) planReview!: PlanReviewDto | null;
  @ApiProperty({ type: [ProgressReportViewDto] }) progressReports!: ProgressReportViewDto[];
  @ApiProperty({ type: AcceptanceViewDto, nullable: true }) acceptance!: AcceptanceViewDto | null;
  @ApiProperty({ type: PreviousRoundLineDto, nullable: true }) previousRound!: PreviousRoundLineDto | null;
}
