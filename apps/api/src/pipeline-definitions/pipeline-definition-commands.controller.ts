import { Body, Controller, Delete, HttpCode, Param, ParseUUIDPipe, Post, Put, Req } from '@nestjs/common';
import type { Request } from 'express';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import {
  CreatePipelineDefinitionDraftUseCase,
  DeletePipelineDefinitionDraftUseCase,
  PublishPipelineDefinitionUseCase,
  RetirePipelineDefinitionUseCase,
  StartNextPipelineDefinitionVersionUseCase,
  UpdatePipelineDefinitionDraftUseCase,
  type PipelineDefinitionView,
} from '@cxzy/application';
import { ErrorResponseBody } from '../errors/error-response.js';
import { CreatePipelineDefinitionDto, UpdatePipelineDefinitionDto } from './pipeline-definition.dto.js';
import { PipelineDefinitionResponse, PublishedPipelineDefinitionResponse } from './pipeline-definition.responses.js';
import { Audited } from '../audit/audited.decorator.js';
import { RegistrySettings } from '../auth/public.decorator.js';
import { requestContext } from '../http/request-context.js';

const uuid = new ParseUUIDPipe();

/** 流程定义 — drafts, publishing, retiring, new versions (SPEC §4). */
@ApiTags('pipeline-definitions')
@ApiResponse({ status: 400, type: ErrorResponseBody })
@RegistrySettings()
@Controller('pipeline-definitions')
export class PipelineDefinitionCommandsController {
  constructor(
    private readonly create: CreatePipelineDefinitionDraftUseCase,
    private readonly update: UpdatePipelineDefinitionDraftUseCase,
    private readonly publishing: PublishPipelineDefinitionUseCase,
    private readonly retiring: RetirePipelineDefinitionUseCase,
    private readonly nextVersion: StartNextPipelineDefinitionVersionUseCase,
    private readonly deleting: DeletePipelineDefinitionDraftUseCase,
  ) {}

  @Audited({ action: 'pipeline-definition.create-draft', objectType: 'pipeline-definition', idField: 'id' })
  @Post()
  @ApiOperation({ summary: '新建草稿 — a draft from the default of a kind and sector, or from a body' })
  @ApiCreatedResponse({ type: PipelineDefinitionResponse })
  @ApiResponse({ status: 409, type: ErrorResponseBody, description: 'a draft of this kind and sector exists' })
  @ApiResponse({
    status: 422,
    type: ErrorResponseBody,
    description: 'no default for the kind, or body for another kind',
  })
  createDraft(@Body() dto: CreatePipelineDefinitionDto, @Req() request: Request): Promise<PipelineDefinitionView> {
    return this.create.execute({ ...dto, actor: requestContext(request).actorId });
  }

  @Audited({ action: 'pipeline-definition.update-draft', objectType: 'pipeline-definition', idParam: 'id' })
  @Put(':id')
  @ApiOperation({ summary: '修改草稿 — replace a draft’s body (409 once published)' })
  @ApiOkResponse({ type: PipelineDefinitionResponse })
  @ApiResponse({ status: 404, type: ErrorResponseBody })
  @ApiResponse({ status: 409, type: ErrorResponseBody })
  updateDraft(
    @Param('id', uuid) id: string,
    @Body() dto: UpdatePipelineDefinitionDto,
    @Req() request: Request,
  ): Promise<PipelineDefinitionView> {
    return this.update.execute({ id, body: dto.body, actor: requestContext(request).actorId });
  }

  @Audited({ action: 'pipeline-definition.delete-draft', objectType: 'pipeline-definition', idParam: 'id' })
  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: '删除草稿 — only a draft can be deleted' })
  @ApiNoContentResponse()
  @ApiResponse({ status: 409, type: ErrorResponseBody })
  deleteDraft(@Param('id', uuid) id: string): Promise<void> {
    return this.deleting.execute(id);
  }

  @Audited({ action: 'pipeline-definition.publish', objectType: 'pipeline-definition', idParam: 'id' })
  @Post(':id/publish')
  @HttpCode(200)
  @ApiOperation({ summary: '发布 — validate and publish; the previous version is retired (ADR 0004)' })
  @ApiOkResponse({ type: PublishedPipelineDefinitionResponse })
  @ApiResponse({ status: 409, type: ErrorResponseBody, description: 'not a draft' })
  @ApiResponse({ status: 422, type: ErrorResponseBody, description: 'every problem, each with its JSON path' })
  publish(@Param('id', uuid) id: string, @Req() request: Request) {
    return this.publishing.execute({ id, actor: requestContext(request).actorId });
  }

  @Audited({ action: 'pipeline-definition.retire', objectType: 'pipeline-definition', idParam: 'id' })
  @Post(':id/retire')
  @HttpCode(200)
  @ApiOperation({ summary: '停用 — nothing new starts on it; running processes keep it' })
  @ApiOkResponse({ type: PipelineDefinitionResponse })
  @ApiResponse({ status: 409, type: ErrorResponseBody, description: 'not published' })
  retire(@Param('id', uuid) id: string, @Req() request: Request): Promise<PipelineDefinitionView> {
    return this.retiring.execute({ id, actor: requestContext(request).actorId });
  }

  @Audited({ action: 'pipeline-definition.start-next-version', objectType: 'pipeline-definition', idParam: 'id' })
  @Post(':id/versions')
  @ApiOperation({ summary: '创建新版本 — a new draft (next version number) copying this version' })
  @ApiCreatedResponse({ type: PipelineDefinitionResponse })
  @ApiResponse({ status: 409, type: ErrorResponseBody, description: 'the source is a draft, or a draft exists' })
  startNextVersion(@Param('id', uuid) id: string, @Req() request: Request): Promise<PipelineDefinitionView> {
    return this.nextVersion.execute({ id, actor: requestContext(request).actorId });
  }
}
