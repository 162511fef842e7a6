import { Controller, Get, Query, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ListMyTasksUseCase } from '@cxzy/application';
import { ErrorResponseBody } from '../errors/error-response.js';
import { requestContext } from '../http/request-context.js';
import { MyTasksDto, MyTasksQueryDto } from './my-tasks.dto.js';

/** 我的待办 — one task list across processes (ADR 0027). */
@ApiTags('tasks')
@Controller('my-tasks')
export class MyTasksController {
  constructor(private readonly tasks: ListMyTasksUseCase) {}

  @Get()
  @ApiOperation({
    summary:
      '我的待办 — 待办 / 已办 / 抄送我 / 我发起的 across processes (approvals, grading decisions, open steps, peer evaluations), with the count of each view; 待办 soonest deadline first, the others newest first',
  })
  @ApiOkResponse({ type: MyTasksDto })
  @ApiResponse({ status: 400, type: ErrorResponseBody })
  @ApiResponse({ status: 401, type: ErrorResponseBody })
  list(@Query() query: MyTasksQueryDto, @Req() request: Request) {
    return this.tasks.execute(requestContext(request), {
      view: query.view ?? 'todo',
      limit: query.limit ?? 100,
      offset: query.offset ?? 0,
    });
  }
}
