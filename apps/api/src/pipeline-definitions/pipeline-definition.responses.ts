import { CalendarWarningResponse } from '../calendar/calendar.dto.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FieldErrorBody } from '../errors/error-response.js';

/** OpenAPI shapes of the answers (the use cases return plain views of the same shape). */
export class PipelineDefinitionSummaryResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'grading-cycle' }) processKind!: string;
  @ApiProperty({ example: 'village' }) sectorCode!: string;
  @ApiProperty({ example: 1 }) version!: number;
  @ApiProperty({ enum: ['draft', 'published', 'retired'] }) status!: string;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() createdBy!: string;
  @ApiProperty() updatedAt!: Date;
  @ApiProperty() updatedBy!: string;
  @ApiPropertyOptional({ nullable: true }) publishedAt!: Date | null;
  @ApiPropertyOptional({ nullable: true }) publishedBy!: string | null;
  @ApiPropertyOptional({ nullable: true }) retiredAt!: Date | null;
  @ApiPropertyOptional({ nullable: true }) retiredBy!: string | null;
}

export class PracticeDefaultMarkResponse {
  @ApiProperty({ example: '$.tiers.advancedMaxPercent' }) path!: string;
  @ApiProperty({ example: 'SPEC §6 rule 6' }) rule!: string;
  @ApiProperty({ example: { zhCN: '默认值，可配置', en: 'Default, configurable' } }) label!: object;
}

export class PipelineDefinitionResponse extends PipelineDefinitionSummaryResponse {
  @ApiProperty({ type: 'object', additionalProperties: true }) body!: Record<string, unknown>;
  @ApiProperty({ type: [FieldErrorBody], description: 'For a draft: what publishing would refuse today' })
  problems!: unknown[];
  @ApiProperty({ type: [PracticeDefaultMarkResponse] }) practiceDefaults!: PracticeDefaultMarkResponse[];
}

export class PipelineDefinitionPageResponse {
  @ApiProperty({ type: [PipelineDefinitionSummaryResponse] }) items!: PipelineDefinitionSummaryResponse[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export class PublishedPipelineDefinitionResponse {
  @ApiProperty({ type: PipelineDefinitionResponse }) published!: PipelineDefinitionResponse;
  @ApiPropertyOptional({ type: PipelineDefinitionResponse, nullable: true, description: 'The version it replaced' })
  retired!: PipelineDefinitionResponse | null;
  @ApiProperty({
    type: [CalendarWarningResponse],
    description: 'this year or next (where its working-day deadlines fall) has no holiday calendar',
  })
  warnings!: CalendarWarningResponse[];
}

export class DefinitionChangeResponse {
  @ApiProperty({ example: '$.tiers.advancedMaxPercent' }) path!: string;
  @ApiProperty({ enum: ['added', 'removed', 'changed'] }) change!: string;
  @ApiPropertyOptional() before?: unknown;
  @ApiPropertyOptional() after?: unknown;
}

export class PipelineDefinitionComparisonResponse {
  @ApiProperty({ type: PipelineDefinitionSummaryResponse }) from!: object;
  @ApiProperty({ type: PipelineDefinitionSummaryResponse }) to!: object;
  @ApiProperty({ type: [DefinitionChangeResponse] }) changes!: DefinitionChangeResponse[];
}

export class DefaultPipelineDefinitionResponse {
  @ApiProperty({ type: 'object', additionalProperties: true }) body!: Record<string, unknown>;
  @ApiProperty({ type: [PracticeDefaultMarkResponse] }) practiceDefaults!: PracticeDefaultMarkResponse[];
}
