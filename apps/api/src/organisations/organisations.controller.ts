import { Controller, Get, HttpCode, Param, Post, Query, Req, UploadedFile } from '@nestjs/common';
import type { Request } from 'express';
import { requestContext } from '../http/request-context.js';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import {
  AccessPolicy,
  GetOrganisationUseCase,
  ImportOrganisationsUseCase,
  ListOrganisationsUseCase,
  type OrganisationImportReport,
  type OrganisationLinesView,
  type OrganisationView,
} from '@cxzy/application';
import { ErrorResponseBody } from '../errors/error-response.js';
import { ImportFileUpload, ImportQueryDto, toTabularFile, type UploadedFileLike } from '../common/file-upload.js';
import { OrganisationImportReportDto } from '../common/import-report.dto.js';
import { IdParamDto, pageOf } from '../common/pagination.dto.js';
import {
  ListOrganisationsQueryDto,
  OrganisationDto,
  OrganisationLinesDto,
  OrganisationPageDto,
} from './organisation.dto.js';
import { Audited } from '../audit/audited.decorator.js';
import { HoldersOf } from '../auth/public.decorator.js';

/** 党组织 — the registry of organisations and their two lines (条块). */
@ApiTags('organisations')
@Controller('organisations')
export class OrganisationsController {
  constructor(
    private readonly importer: ImportOrganisationsUseCase,
    private readonly lister: ListOrganisationsUseCase,
    private readonly getter: GetOrganisationUseCase,
    private readonly access: AccessPolicy,
  ) {}

  @Audited({ action: 'organisation.import', objectType: 'organisation-registry' })
  @Post('import')
  @HoldersOf('administrator')
  @HttpCode(200)
  @ImportFileUpload()
  @ApiOperation({
    summary: '批量导入组织 — import organisations from CSV or .xlsx (all rows or none; keyed by code)',
    description:
      'Columns: code, name, kind, sector_code, territorial_parent_code, vertical_department_code, management_mode, grading_unit_code, is_grading_unit (Chinese headers accepted). A refused file answers 422 with `rowErrors` listing every problem.',
  })
  @ApiOkResponse({ type: OrganisationImportReportDto })
  @ApiResponse({ status: 400, type: ErrorResponseBody })
  @ApiResponse({
    status: 403,
    type: ErrorResponseBody,
    description: "an organisation written outside the caller's grading unit",
  })
  @ApiResponse({ status: 422, type: ErrorResponseBody })
  import(
    @UploadedFile() file: UploadedFileLike | undefined,
    @Query() query: ImportQueryDto,
    @Req() request: Request,
  ): Promise<OrganisationImportReport> {
    return this.importer.execute({ file: toTabularFile(file), dryRun: query.dryRun ?? false }, requestContext(request));
  }

  @Get()
  @ApiOperation({
    summary: '组织列表 — within the caller’s scope; filter by sector, subtree, management mode, text',
  })
  @ApiOkResponse({ type: OrganisationPageDto })
  @ApiResponse({ status: 400, type: ErrorResponseBody })
  @ApiResponse({ status: 404, type: ErrorResponseBody, description: 'subtreeOf names no organisation' })
  list(@Query() query: ListOrganisationsQueryDto, @Req() request: Request) {
    return this.lister.execute(requestContext(request), {
      ...pageOf(query),
      sectorCode: query.sector,
      subtreeOf: query.subtreeOf,
      managementMode: query.managementMode,
      text: query.q,
    });
  }

  @Get(':id')
  @ApiOperation({ summary: '组织详情' })
  @ApiOkResponse({ type: OrganisationDto })
  @ApiResponse({ status: 403, type: ErrorResponseBody, description: 'outside the caller’s scope' })
  @ApiResponse({ status: 404, type: ErrorResponseBody })
  async get(@Param() params: IdParamDto, @Req() request: Request): Promise<OrganisationView> {
    await this.access.canRead(requestContext(request), params.id);
    return this.getter.execute(params.id);
  }

  @Get(':id/lines')
  @ApiOperation({ summary: '领导线与抄送线 — who approves and receives escalations, who is copied' })
  @ApiOkResponse({ type: OrganisationLinesDto })
  @ApiResponse({ status: 403, type: ErrorResponseBody, description: 'outside the caller’s scope' })
  @ApiResponse({ status: 404, type: ErrorResponseBody })
  async lines(@Param() params: IdParamDto, @Req() request: Request): Promise<OrganisationLinesView> {
    await this.access.canRead(requestContext(request), params.id);
    return this.getter.lines(params.id);
  }
}
