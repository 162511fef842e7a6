import { Controller, Get, HttpCode, Post, Query, Req, UploadedFile } from '@nestjs/common';
import type { Request } from 'express';
import { requestContext } from '../http/request-context.js';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ImportMembersUseCase, ListMembersUseCase, type ImportReport } from '@cxzy/application';
import { ErrorResponseBody } from '../errors/error-response.js';
import { ImportFileUpload, ImportQueryDto, toTabularFile, type UploadedFileLike } from '../common/file-upload.js';
import { MemberImportReportDto } from '../common/import-report.dto.js';
import { pageOf } from '../common/pagination.dto.js';
import { ListMembersQueryDto, MemberPageDto } from './member.dto.js';
import { Audited } from '../audit/audited.decorator.js';
import { HoldersOf } from '../auth/public.decorator.js';

/** 党员 — members, their categories (设岗定责, 流动, 年老体弱); personal data masked in lists. */
@ApiTags('members')
@Controller('members')
export class MembersController {
  constructor(
    private readonly importer: ImportMembersUseCase,
    private readonly lister: ListMembersUseCase,
  ) {}

  @Audited({ action: 'member.import', objectType: 'member-registry' })
  @Post('import')
  @HoldersOf('administrator')
  @HttpCode(200)
  @ImportFileUpload()
  @ApiOperation({
    summary: '批量导入党员 — import members from CSV or .xlsx (all rows or none; keyed by ID number)',
    description:
      'Columns: id_number, name, organisation_code, category, post, host_organisation_code, pledge_exempt, phone, username (Chinese headers accepted). username (用户名, optional) links the member to that existing user in the same transaction (audited user.link-member); a row error when the user does not exist or is linked to another member, or the member to another user.',
  })
  @ApiOkResponse({ type: MemberImportReportDto })
  @ApiResponse({ status: 400, type: ErrorResponseBody })
  @ApiResponse({
    status: 403,
    type: ErrorResponseBody,
    description: "an organisation outside the caller's grading unit",
  })
  @ApiResponse({ status: 422, type: ErrorResponseBody })
  import(
    @UploadedFile() file: UploadedFileLike | undefined,
    @Query() query: ImportQueryDto,
    @Req() request: Request,
  ): Promise<ImportReport> {
    return this.importer.execute({ file: toTabularFile(file), dryRun: query.dryRun ?? false }, requestContext(request));
  }

  @Get()
  @ApiOperation({ summary: '党员列表 — filter by organisation, subtree, category; ID and phone numbers masked' })
  @ApiOkResponse({ type: MemberPageDto })
  @ApiResponse({ status: 400, type: ErrorResponseBody })
  list(@Query() query: ListMembersQueryDto, @Req() request: Request) {
    return this.lister.execute(requestContext(request), {
      ...pageOf(query),
      organisationId: query.organisationId,
      subtreeOf: query.subtreeOf,
      category: query.category,
    });
  }
}
