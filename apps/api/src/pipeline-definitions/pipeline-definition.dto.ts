import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsObject, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

import { PaginationQueryDto } from '../common/pagination.dto.js';

const KEY = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const STATUSES = ['draft', 'published', 'retired'] as const;
const BODY_SCHEMA = {
  type: 'object',
  additionalProperties: true,
  description: 'PipelineDefinitionBody (libs/domain/src/pipeline/pipeline-definition.types.ts)',
} as const;

export class CreatePipelineDefinitionDto {
  @ApiProperty({ example: 'grading-cycle', description: 'Process kind (kebab-case): grading-cycle, pledge, …' })
  @IsString()
  @MaxLength(64)
  @Matches(KEY)
  processKind!: string;

  @ApiProperty({ example: 'village', description: 'Sector code: village, urban-community, agency, …' })
  @IsString()
  @MaxLength(64)
  @Matches(KEY)
  sectorCode!: string;

  @ApiPropertyOptional({ ...BODY_SCHEMA, description: 'Omit to start from the default of the kind and sector' })
  @IsOptional()
  @IsObject()
  body?: Record<string, unknown>;
}

export class UpdatePipelineDefinitionDto {
  @ApiProperty(BODY_SCHEMA)
  @IsObject()
  body!: Record<string, unknown>;
}

export class ListPipelineDefinitionsQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({ example: 'grading-cycle' })
  @IsOptional()
  @Matches(KEY)
  processKind?: string;

  @ApiPropertyOptional({ example: 'village' })
  @IsOptional()
  @Matches(KEY)
  sectorCode?: string;

  @ApiPropertyOptional({ enum: STATUSES })
  @IsOptional()
  @IsIn(STATUSES)
  status?: (typeof STATUSES)[number];
}

export class ComparePipelineDefinitionsQueryDto {
  @ApiProperty({ description: 'id of the version compared from' })
  @IsUUID()
  from!: string;

  @ApiProperty({ description: 'id of the version compared to' })
  @IsUUID()
  to!: string;
}
