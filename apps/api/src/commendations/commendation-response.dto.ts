import { ApiProperty } from '@nestjs/swagger';
import { COMMENDATION_ROUND_PHASES, EVIDENCE_KINDS, NOMINATION_STATES, NOMINEE_KINDS } from '@cxzy/domain';

/** The answers of the 学习先进 endpoints (the console's generated client is typed from these). */
const PHASES = COMMENDATION_ROUND_PHASES;

export class CommendationRoundSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() year!: number;
  @ApiProperty({ enum: PHASES }) phase!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: '考察 / 公示期截止' })
  windowEndsAt!: string | null;
  @ApiProperty({ format: 'date-time' }) launchedAt!: string;
  @ApiProperty({ description: '推荐数' }) nominations!: number;
}

export class CitedEvidenceDto {
  @ApiProperty({ enum: EVIDENCE_KINDS }) kind!: string;
  @ApiProperty({ format: 'uuid' }) id!: string;
}

export class NominationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) roundId!: string;
  @ApiProperty({ enum: NOMINEE_KINDS }) nomineeKind!: string;
  @ApiProperty({ format: 'uuid' }) nomineeId!: string;
  @ApiProperty({ format: 'uuid', description: '推荐单位' }) organisationId!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ type: [CitedEvidenceDto] }) evidence!: CitedEvidenceDto[];
  @ApiProperty({ enum: NOMINATION_STATES }) state!: string;
  @ApiProperty({ type: Number, nullable: true, description: '考察支持率（%）' }) supportPercent!: number | null;
}

export class NamedNominationDto extends NominationDto {
  @ApiProperty({ description: '被推荐的党组织或党员' }) nomineeName!: string;
  @ApiProperty({ description: '推荐单位名称' }) organisationName!: string;
}

export class CommendationRoundDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() workflowId!: string;
  @ApiProperty({ format: 'uuid' }) gradingUnitId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() year!: number;
  @ApiProperty({ enum: PHASES }) phase!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: '审批流程（审批阶段）' })
  approvalProcessId!: string | null;
  @ApiProperty({ format: 'uuid' }) definitionId!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: '考察 / 公示期截止' })
  windowEndsAt!: string | null;
  @ApiProperty({ type: [NamedNominationDto] }) nominations!: NamedNominationDto[];
}

export class CommendationObjectionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) nominationId!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ enum: ['open', 'upheld', 'rejected'] }) status!: string;
  @ApiProperty({ format: 'date-time' }) filedAt!: string;
}

export class CommendationLaunchedDto {
  @ApiProperty({ format: 'uuid' }) roundId!: string;
  @ApiProperty() workflowId!: string;
}

export class NominationCreatedDto {
  @ApiProperty({ format: 'uuid' }) nominationId!: string;
}

export class OpinionTokensDto {
  @ApiProperty({ type: [String], description: '群众意见码（每码一次）' }) tokens!: string[];
}

export class OpinionCreatedDto {
  @ApiProperty({ format: 'uuid' }) opinionId!: string;
}

export class ObjectionCreatedDto {
  @ApiProperty({ format: 'uuid' }) objectionId!: string;
}

export class ObjectionResolvedDto {
  @ApiProperty({ format: 'uuid' }) objectionId!: string;
  @ApiProperty({ enum: ['upheld', 'rejected'] }) status!: string;
}

export class CommendationAdvancedDto {
  @ApiProperty({ enum: PHASES }) phase!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, required: false })
  windowEndsAt?: string | null;
}
