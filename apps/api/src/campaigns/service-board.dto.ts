import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsOptional, IsString, IsUUID, ValidateNested } from 'class-validator';
import { SERVICE_BOARD_LIMITS } from '@cxzy/domain';
import { BoardEntryDto } from '../pledges/pledge.dto.js';

/** 亮标准: one service item. Lengths are checked by the rule (422 naming `standards[i].…`). */
export class ServiceStandardDto {
  @ApiProperty({ description: '服务事项', maxLength: SERVICE_BOARD_LIMITS.item, example: '个体工商户设立登记' })
  @IsString()
  item!: string;

  @ApiProperty({
    type: [String],
    description: '工作流程（按顺序）',
    maxItems: SERVICE_BOARD_LIMITS.processSteps,
    example: ['受理', '审核', '发照'],
  })
  @IsArray()
  @IsString({ each: true })
  process!: string[];

  @ApiProperty({ description: '办结时限', maxLength: SERVICE_BOARD_LIMITS.timeLimit, example: '即办' })
  @IsString()
  timeLimit!: string;
}

/** 亮身份 as the maintenance form sends it. */
export class MemberIdentityInputDto {
  @ApiProperty({ format: 'uuid', description: '本单位党员' }) @IsUUID() memberId!: string;
  @ApiProperty({ description: '岗位', maxLength: SERVICE_BOARD_LIMITS.post, example: '综合受理岗' })
  @IsString()
  post!: string;

  @ApiProperty({ description: '亮党员身份（佩戴党徽、党员先锋岗）' }) @IsBoolean() partyBadge!: boolean;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: '党员责任区',
    maxLength: SERVICE_BOARD_LIMITS.responsibilityArea,
  })
  @IsOptional()
  @IsString()
  responsibilityArea?: string | null;
}

export class PublishServiceBoardDto {
  @ApiProperty({ type: [ServiceStandardDto], maxItems: SERVICE_BOARD_LIMITS.standards })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ServiceStandardDto)
  standards!: ServiceStandardDto[];

  @ApiProperty({ type: [MemberIdentityInputDto], maxItems: SERVICE_BOARD_LIMITS.members })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => MemberIdentityInputDto)
  members!: MemberIdentityInputDto[];
}

export class MemberIdentityDto {
  @ApiProperty({ format: 'uuid' }) memberId!: string;
  @ApiProperty({ description: '姓名' }) name!: string;
  @ApiProperty() post!: string;
  @ApiProperty() partyBadge!: boolean;
  @ApiProperty({ type: String, nullable: true }) responsibilityArea!: string | null;
}

/** What the maintenance form edits. */
export class ServiceBoardContentDto {
  @ApiProperty({ type: [ServiceStandardDto] }) standards!: ServiceStandardDto[];
  @ApiProperty({ type: [MemberIdentityDto] }) members!: MemberIdentityDto[];
  @ApiProperty({ type: String, nullable: true, description: '最近更新时间；未发布时为空' }) updatedAt!: string | null;
}

/** 亮身份 on the public page: name, post, badge, area — no member id, ID number or phone. */
export class PublicMemberIdentityDto {
  @ApiProperty({ description: '姓名' }) name!: string;
  @ApiProperty({ description: '岗位' }) post!: string;
  @ApiProperty({ description: '亮党员身份' }) partyBadge!: boolean;
  @ApiProperty({ type: String, nullable: true, description: '党员责任区' }) responsibilityArea!: string | null;
}

/** 三亮公开栏: the unit's standards, its members' identity and its public pledges. */
export class PublicServiceBoardDto {
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty() organisationName!: string;
  @ApiProperty({ type: [ServiceStandardDto], description: '亮标准' }) standards!: ServiceStandardDto[];
  @ApiProperty({ type: [PublicMemberIdentityDto], description: '亮身份' }) members!: PublicMemberIdentityDto[];
  @ApiProperty({ type: [BoardEntryDto], description: '亮承诺（承诺公开栏）' }) pledges!: BoardEntryDto[];
  @ApiProperty({ type: String, nullable: true }) updatedAt!: string | null;
}
