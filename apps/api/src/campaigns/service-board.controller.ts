import { Body, Controller, Get, Param, ParseUUIDPipe, Put, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ServiceBoardUseCases } from '@cxzy/application';
import { ErrorResponseBody } from '../errors/error-response.js';
import { requestContext } from '../http/request-context.js';
import { Public } from '../auth/public.decorator.js';
import { RateLimited } from '../http/rate-limit.guard.js';
import { PublicServiceBoardDto, PublishServiceBoardDto, ServiceBoardContentDto } from './service-board.dto.js';

const uuid = new ParseUUIDPipe();

/**
 * 三亮 — a unit's public page (docs/campaigns.md): read by anyone like the pledge board
 * (`GET /organisations/:id/pledge-board`), kept by the unit's secretary or an administrator.
 */
@ApiTags('campaigns')
@ApiResponse({ status: 400, type: ErrorResponseBody })
@ApiResponse({ status: 404, type: ErrorResponseBody })
@Controller()
export class ServiceBoardController {
  constructor(private readonly boards: ServiceBoardUseCases) {}

  @Public()
  @RateLimited('public-read')
  @Get('organisations/:organisationId/service-board')
  @ApiOkResponse({ type: PublicServiceBoardDto })
  @ApiOperation({
    summary: '三亮公开栏 — a unit’s service standards, members’ identity and public pledges (no login; names only)',
  })
  board(@Param('organisationId', uuid) organisationId: string): Promise<PublicServiceBoardDto> {
    return this.boards.publicBoard(organisationId) as Promise<PublicServiceBoardDto>;
  }

  @Get('organisations/:organisationId/service-board/content')
  @ApiBearerAuth()
  @ApiOkResponse({ type: ServiceBoardContentDto })
  @ApiResponse({ status: 403, type: ErrorResponseBody })
  @ApiOperation({ summary: '三亮内容 — what the unit’s secretary or an administrator maintains (member ids included)' })
  content(@Param('organisationId', uuid) organisationId: string, @Req() request: Request) {
    return this.boards.content(requestContext(request), organisationId) as Promise<ServiceBoardContentDto>;
  }

  @Put('organisations/:organisationId/service-board/content')
  @ApiBearerAuth()
  @ApiOkResponse({ type: ServiceBoardContentDto })
  @ApiResponse({ status: 403, type: ErrorResponseBody })
  @ApiResponse({ status: 422, type: ErrorResponseBody, description: 'every problem at once, each by its path' })
  @ApiOperation({
    summary: '发布三亮内容 — replace the unit’s service standards and members’ public identity (audited)',
  })
  publish(
    @Param('organisationId', uuid) organisationId: string,
    @Body() dto: PublishServiceBoardDto,
    @Req() request: Request,
  ) {
    return this.boards.publish(requestContext(request), organisationId, dto) as Promise<ServiceBoardContentDto>;
  }
}
