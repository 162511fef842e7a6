import { Controller, HttpCode, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { LaunchPledgeDriveUseCase } from '@cxzy/application';
import { ErrorResponseBody } from '../errors/error-response.js';
import { YearParamPipe } from '../errors/param-validation.pipe.js';
import { requestContext } from '../http/request-context.js';

/** 启动年度承诺: the branch's one action that notifies every member who must still propose. */
@ApiTags('pledges')
@Controller()
export class PledgeDriveController {
  constructor(private readonly launchDrive: LaunchPledgeDriveUseCase) {}

  @Post('organisations/:organisationId/pledge-drive/:year/launch')
  @HttpCode(200)
  @ApiOperation({
    summary:
      '启动年度承诺 — notify every member who has not yet proposed (once per member and year; excused members never)',
  })
  @ApiResponse({ status: 400, type: ErrorResponseBody })
  @ApiResponse({ status: 404, type: ErrorResponseBody })
  launch(
    @Param('organisationId', new ParseUUIDPipe()) organisationId: string,
    @Param('year', new YearParamPipe()) year: number,
    @Req() request: Request,
  ) {
    return this.launchDrive.execute(requestContext(request), organisationId, year);
  }
}
