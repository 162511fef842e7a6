import { Controller, Get, Header, Query, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AuditQueryUseCases } from '@cxzy/application';
import { pageOf } from '../common/pagination.dto.js';
import { AuditFilterDto, AuditPageQueryDto } from './audit.dto.js';
import { HoldersOf } from '../auth/public.decorator.js';
import { requestContext } from '../http/request-context.js';

/**
 * 审计日志: audit administrators only (三员分立, ADR 0023), each reading and exporting their own
 * grading unit's records (docs/security.md, "Audit trail"); the system and security administrators
 * whose work the trail records do not read it.
 */
@ApiTags('audit')
@HoldersOf('audit-administrator')
@Controller('audit-records')
export class AuditController {
  constructor(private readonly audit: AuditQueryUseCases) {}

  @Get()
  @ApiOperation({ summary: '审计记录 — newest first' })
  async page(@Req() request: Request, @Query() query: AuditPageQueryDto) {
    const { page, pageSize } = pageOf(query);
    const { page: _page, pageSize: _pageSize, ...filter } = query;
    return {
      ...(await this.audit.page(requestContext(request), {
        ...filter,
        offset: (page - 1) * pageSize,
        limit: pageSize,
      })),
      page,
      pageSize,
    };
  }

  @Get('export.csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="audit-records.csv"')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: '导出审计记录 — CSV for spreadsheets; cells that look like formulas are neutralised' })
  exportCsv(@Req() request: Request, @Query() filter: AuditFilterDto): Promise<string> {
    return this.audit.exportCsv(requestContext(request), filter);
  }

  @Get('verify')
  @ApiOperation({ summary: '校验审计链 — recomputes every hash and names the first broken link' })
  verify() {
    return this.audit.verify();
  }
}
