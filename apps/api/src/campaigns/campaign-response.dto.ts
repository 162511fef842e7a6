import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { LocalizedTextDto } from '../notification/notification.dto.js';

/** The answers of the 三亮三比三评 endpoints (the console's generated client is typed from these). */
export class ListCampaignsQueryDto {
  @ApiProperty({ format: 'uuid', description: '组织：其本身及下级单位的活动' }) @IsUUID() organisationId!: string;
}

export class CampaignSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty({ description: '窗口单位' }) organisationName!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ example: '2027-04-01' }) periodStart!: string;
  @ApiProperty({ example: '2027-06-30' }) periodEnd!: string;
  @ApiProperty({ enum: ['open', 'ranked'] }) state!: string;
}

export class CompetitionItemDto {
  @ApiProperty({ description: '评分项 key' }) key!: string;
  @ApiProperty({ type: LocalizedTextDto }) name!: LocalizedTextDto;
  @ApiProperty() weight!: number;
}

export class CampaignRulesDto {
  @ApiProperty({ type: [CompetitionItemDto], description: '三比评分表' }) competitionSheet!: CompetitionItemDto[];
  @ApiProperty({ description: '群众评分低于此值即立整改任务' }) lowPublicScoreBelow!: number;
  @ApiProperty({ description: '整改期限（天）' }) followUpDays!: number;
}

export class CampaignDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() workflowId!: string;
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() periodStart!: string;
  @ApiProperty() periodEnd!: string;
  @ApiProperty({ type: CampaignRulesDto }) rules!: CampaignRulesDto;
  @ApiProperty({ enum: ['open', 'ranked'] }) state!: string;
}

export class CampaignLaunchedDto {
  @ApiProperty({ format: 'uuid' }) campaignId!: string;
  @ApiProperty() workflowId!: string;
}

export class CampaignTokensDto {
  @ApiProperty({ type: [String], description: '群众评议码（每码一次）' }) tokens!: string[];
}

export class PublicRatingRecordedDto {
  @ApiProperty({ format: 'uuid' }) ratingId!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: '投诉或低分时立的整改任务' })
  followUpId!: string | null;
}

export class LeaderCommentRecordedDto {
  @ApiProperty({ format: 'uuid' }) commentId!: string;
}

export class PeerReviewRecordedDto {
  @ApiProperty() reviewed!: boolean;
}

export class EntryScoredDto {
  @ApiProperty({ description: '加权得分' }) score!: number;
}

export class FollowUpDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) campaignId!: string;
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty({ format: 'uuid' }) ratingId!: string;
  @ApiProperty({ enum: ['low-score', 'complaint'] }) reason!: string;
  @ApiProperty({ format: 'date-time' }) deadlineAt!: string;
  @ApiProperty({ enum: ['open', 'closed'] }) status!: string;
  @ApiProperty({ type: String, nullable: true, description: '群众意见' }) suggestion!: string | null;
}

export class FollowUpClosedDto {
  @ApiProperty({ format: 'uuid' }) followUpId!: string;
  @ApiProperty({ enum: ['closed'] }) status!: string;
}

export class CampaignRankedDto {
  @ApiProperty({ description: '参与排名的单位数' }) units!: number;
  @ApiProperty({ description: '参与排名的党员数' }) members!: number;
}

export class SourceAveragesDto {
  @ApiProperty({ type: Number, nullable: true, description: '群众评议' }) public!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: '党员互评' }) peer!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: '领导点评' }) leader!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: '三比' }) competition!: number | null;
}

export class CampaignResultRowDto {
  @ApiProperty({ enum: ['unit', 'member'] }) kind!: string;
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: '单位或党员名称' }) name!: string;
  @ApiProperty() score!: number;
  @ApiProperty({ description: '1 为最好；同分同名次' }) rank!: number;
  @ApiProperty({ type: SourceAveragesDto }) averages!: SourceAveragesDto;
  @ApiProperty({ type: Number, nullable: true, description: '映射的群众评价得分（%）' })
  publicAppraisalPercent!: number | null;
}
