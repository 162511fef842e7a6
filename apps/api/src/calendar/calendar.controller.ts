import { Body, Controller, Get, Param, Put, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { GetCalendarYearUseCase, ReplaceCalendarYearUseCase, type CalendarYearView } from '@cxzy/application';
import { ErrorResponseBody } from '../errors/error-response.js';
import { YearParamPipe } from '../errors/param-validation.pipe.js';
import { CalendarYearResponse, ReplaceCalendarYearDto } from './calendar.dto.js';
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
  ) {}

  @Get(':year')
  @ApiOperation({ summary: '查看某年的节假日与调休' })
  @ApiOkResponse({ type: CalendarYearResponse })
  read(@Param('year', YearParamPipe) year: number): Promise<CalendarYearView> {
    return this.getYear.execute(year);
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
}
