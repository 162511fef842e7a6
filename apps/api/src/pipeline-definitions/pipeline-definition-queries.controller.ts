import { pageOf } from '../common/pagination.dto.js';
import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import {
  ComparePipelineDefinitionsUseCase,
  GetPipelineDefinitionUseCase,
  ListPipelineDefinitionsUseCase,
  type PipelineDefinitionComparison,
  type PipelineDefinitionPage,
  type PipelineDefinitionView,
} from '@cxzy/application';
import { ErrorResponseBody } from '../errors/error-response.js';
import { KeyParamPipe } from '../errors/param-validation.pipe.js';
import { ComparePipelineDefinitionsQueryDto, ListPipelineDefinitionsQueryDto } from './pipeline-definition.dto.js';
import {
  DefaultPipelineDefinitionResponse,
  PipelineDefinitionComparisonResponse,
  PipelineDefinitionPageResponse,
  PipelineDefinitionResponse,
} from './pipeline-definition.responses.js';

/** Reads of pipeline definitions. Fixed paths come before `:id`, which would otherwise match them. */
@ApiTags('pipeline-definitions')
@ApiResponse({ status: 400, type: ErrorResponseBody })
@Controller('pipeline-definitions')
export class PipelineDefinitionQueriesController {
  constructor(
    private readonly list: ListPipelineDefinitionsUseCase,
    private readonly get: GetPipelineDefinitionUseCase,
    private readonly compare: ComparePipelineDefinitionsUseCase,
  ) {}

  @Get()
  @ApiOperation({ summary: '流程定义列表 — filter by kind, sector, status; newest version first' })
  @ApiOkResponse({ type: PipelineDefinitionPageResponse })
  listDefinitions(@Query() query: ListPipelineDefinitionsQueryDto): Promise<PipelineDefinitionPage> {
    return this.list.execute({ ...query, ...pageOf(query) });
  }

  @Get('compare')
  @ApiOperation({ summary: '版本比较 — the JSON paths that differ between two definitions' })
  @ApiOkResponse({ type: PipelineDefinitionComparisonResponse })
  @ApiResponse({ status: 404, type: ErrorResponseBody })
  compareVersions(@Query() query: ComparePipelineDefinitionsQueryDto): Promise<PipelineDefinitionComparison> {
    return this.compare.execute(query.from, query.to);
  }

  @Get('current/:processKind/:sectorCode')
  @ApiOperation({ summary: '当前版本 — the published definition of a kind and sector' })
  @ApiOkResponse({ type: PipelineDefinitionResponse })
  @ApiResponse({ status: 404, type: ErrorResponseBody, description: 'nothing published' })
  current(
    @Param('processKind', new KeyParamPipe('processKind')) processKind: string,
    @Param('sectorCode', new KeyParamPipe('sectorCode')) sectorCode: string,
  ): Promise<PipelineDefinitionView> {
    return this.get.current(processKind, sectorCode);
  }

  @Get('defaults/:processKind/:sectorCode')
  @ApiOperation({ summary: '默认定义 — the built-in default of a kind for a sector' })
  @ApiOkResponse({ type: DefaultPipelineDefinitionResponse })
  @ApiResponse({ status: 422, type: ErrorResponseBody, description: 'the kind has no default' })
  defaultDefinition(
    @Param('processKind', new KeyParamPipe('processKind')) processKind: string,
    @Param('sectorCode', new KeyParamPipe('sectorCode')) sectorCode: string,
  ) {
    return this.get.defaultFor(processKind, sectorCode);
  }

  @Get(':id')
  @ApiOperation({ summary: '查看流程定义 — one version, with its body' })
  @ApiOkResponse({ type: PipelineDefinitionResponse })
  @ApiResponse({ status: 404, type: ErrorResponseBody })
  byId(@Param('id', new ParseUUIDPipe()) id: string): Promise<PipelineDefinitionView> {
    return this.get.byId(id);
  }
}
