import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import {
  MANAGEMENT_MODES,
  ORGANISATION_KINDS,
  SECTOR_CODE_PATTERN,
  type ManagementMode,
  type OrganisationKind,
} from '@cxzy/domain';
import { PageMetaDto, PaginationQueryDto } from '../common/pagination.dto.js';

export class ListOrganisationsQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({ description: '领域编码 — sector code', example: 'village' })
  @IsOptional()
  @Matches(SECTOR_CODE_PATTERN)
  sector?: string;

  @ApiPropertyOptional({
    description: '只列出该组织及其下级（块） — the organisation and its territorial subtree',
    format: 'uuid',
  })
  @IsOptional()
  @IsUUID()
  subtreeOf?: string;

  @ApiPropertyOptional({ description: '管理模式 — management mode', enum: MANAGEMENT_MODES })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @IsIn(MANAGEMENT_MODES)
  managementMode?: ManagementMode;

  @ApiPropertyOptional({ description: '名称或编码中包含的文字 — text in the name or code', example: '税务' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  q?: string;
}

export class OrganisationSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'QS-T01-V01' }) code!: string;
  @ApiProperty({ example: '东岭镇青山村党支部' }) name!: string;
  @ApiProperty({ enum: ORGANISATION_KINDS }) kind!: OrganisationKind;
  @ApiProperty({ enum: MANAGEMENT_MODES }) managementMode!: ManagementMode;
  @ApiProperty() isGradingUnit!: boolean;
}

export class OrganisationDto extends OrganisationSummaryDto {
  @ApiProperty({ example: 'village' }) sectorCode!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) territorialParentId!: string | null;
  @ApiProperty({ nullable: true, type: String }) territorialParentCode!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) verticalDepartmentId!: string | null;
  @ApiProperty({ nullable: true, type: String }) verticalDepartmentCode!: string | null;
  @ApiProperty({ format: 'uuid' }) gradingUnitId!: string;
  @ApiProperty() gradingUnitCode!: string;
}

export class OrganisationPageDto extends PageMetaDto {
  @ApiProperty({ type: [OrganisationDto] }) items!: OrganisationDto[];
}

export class OrganisationLinesDto {
  @ApiProperty({ type: OrganisationSummaryDto }) organisation!: OrganisationSummaryDto;
  @ApiProperty({
    type: [OrganisationSummaryDto],
    description: '领导线: approves and receives escalations, nearest first, ending at the grading unit',
  })
  leadingLine!: OrganisationSummaryDto[];
  @ApiProperty({ type: [OrganisationSummaryDto], description: '抄送线: kept informed, never asked to approve' })
  copyLine!: OrganisationSummaryDto[];
}
