import { Body, Controller, Get, Header, HttpCode, Param, Post, Put, Req, UploadedFile } from '@nestjs/common';
import type { Request } from 'express';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import {
  GetCalendarYearUseCase,
  ImportCalendarYearUseCase,
  ReplaceCalendarYearUseCase,
  type CalendarYearView,
} from '@cxzy/application';
import { ErrorResponseBody } from '../errors/error-response.js';
import { YearParamPipe } from '../errors/param-validation.pipe.js';
import { CalendarYearResponse, ReplaceCalendarYearDto } from './calendar.dto.js';
import { CalendarFileUpload } from './calendar-file-upload.js';
import { toTabularFile, type UploadedFileLike } from '../common/file-upload.js';
import { Audited } from '../audit/audited.decorator.js';
import { RegistrySettings } from '../auth/public.decorator.js';
import { requestContext } from '../http/request-context.js';

/** 工作日历 — holidays and 调休 per year (Asia/Shanghai). */
@ApiTags('calendar')
@ApiResponse({ status: 400, type: ErrorResponseBody })
@Controller('calendar')
export class CalendarController {
  constructor(
    private readonly getYear: GetCalendarYearUseCase,
    private readonly replaceYear: ReplaceCalendarYearUseCase,
    private readonly importYear: ImportCalendarYearUseCase,
  ) {}

  @Get(':year')
  @ApiOperation({ summary: '查看某年的节假日与调休 — with a warning when the year has none configured' })
  @ApiOkResponse({ type: CalendarYearResponse })
  read(@Param('year', YearParamPipe) year: number): Promise<CalendarYearView> {
    return this.getYear.execute(year);
  }

  @Get(':year/ics')
  @Header('content-type', 'text/calendar; charset=utf-8')
  @ApiProduces('text/calendar')
  @ApiOperation({ summary: '导出某年的节假日与调休为 .ics — one all-day event per day, importable again' })
  @ApiOkResponse({ schema: { type: 'string' } })
  ics(@Param('year', YearParamPipe) year: number): Promise<string> {
    return this.getYear.ics(year);
  }

  @Audited({ action: 'calendar.replace-year', objectType: 'calendar-year', idParam: 'year' })
  @Put(':year')
  @RegistrySettings()
  @ApiOperation({ summary: '设置某年的节假日与调休 — replaces the whole year, after checking every entry' })
  @ApiOkResponse({ type: CalendarYearResponse })
  @ApiResponse({ status: 422, type: ErrorResponseBody, description: 'every problem, with its path' })
  replace(
    @Param('year', YearParamPipe) year: number,
    @Body() dto: ReplaceCalendarYearDto,
    @Req() request: Request,
  ): Promise<CalendarYearView> {
    return this.replaceYear.execute({ year, ...dto, actor: requestContext(request).actorId });
  }

  @Audited({ action: 'calendar.import-year', objectType: 'calendar-year', idParam: 'year' })
  @Post(':year/import')
  @HttpCode(200)
  @RegistrySettings()
  @CalendarFileUpload()
  @ApiOperation({
    summary: '导入某年的节假日与调休 — from .ics or .xlsx/.csv; replaces the whole year, all or nothing',
    description:
      '.ics: all-day VEVENTs; a SUMMARY containing 班 (上班, 补班, 调休上班) is a day worked, any other a day off, named by the SUMMARY without its marker; days of other years are skipped. .xlsx/.csv: columns 日期 / 类型 (放假 | 上班) / 名称, one row per day.',
  })
  @ApiOkResponse({ type: CalendarYearResponse })
  @ApiResponse({ status: 413, type: ErrorResponseBody, description: 'larger than the limit' })
  @ApiResponse({ status: 422, type: ErrorResponseBody, description: 'every problem, with its row or event and field' })
  import(
    @Param('year', YearParamPipe) year: number,
    @UploadedFile() file: UploadedFileLike | undefined,
    @Req() request: Request,
  ): Promise<CalendarYearView> {
    return this.importYear.execute({ year, file: toTabularFile(file), actor: requestContext(request).actorId });
  }
}
