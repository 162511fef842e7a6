import {
  Body,
  Controller,
  Get,
  Param,
  ParseUUIDPipe,
  Post,
  Req,
  Res,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import { SelfAssessmentEvidenceUseCase } from '@cxzy/application';
import { EVIDENCE_EXTENSIONS, MAX_EVIDENCE_BYTES } from '@cxzy/domain';
import type { UploadedFileLike } from '../common/file-upload.js';
import { ErrorResponseBody } from '../errors/error-response.js';
import { RequestValidationError } from '../errors/request-validation.error.js';
import { requestContext } from '../http/request-context.js';
import { EvidenceFileDto, EvidenceUploadFieldsDto } from './self-assessment-evidence.dto.js';

const uuid = new ParseUUIDPipe();

/** 佐证材料 of a branch's self-assessment: upload (the branch's secretary), list and download. */
@ApiTags('grading-rounds')
@ApiResponse({ status: 400, type: ErrorResponseBody })
@ApiResponse({
  status: 403,
  type: ErrorResponseBody,
  description: 'not the secretary (upload) or no reader of this branch',
})
@ApiResponse({ status: 404, type: ErrorResponseBody, description: 'unknown round, branch not in it, unknown file' })
@Controller('grading-rounds/:roundId/branches/:orgId/evidence')
export class SelfAssessmentEvidenceController {
  constructor(private readonly evidence: SelfAssessmentEvidenceUseCase) {}

  @Post()
  @UseInterceptors(
    // Browsers send file names in UTF-8 (Chinese names); over the limit multer fails → 413.
    FileInterceptor('file', { limits: { fileSize: MAX_EVIDENCE_BYTES, files: 1 }, defParamCharset: 'utf8' }),
  )
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: {
        file: {
          type: 'string',
          format: 'binary',
          description: `佐证材料（${EVIDENCE_EXTENSIONS.join(' / ')}，不超过 ${MAX_EVIDENCE_BYTES / 1024 / 1024} MB）`,
        },
        itemKey: { type: 'string', description: '所佐证的指标子项（选填）' },
      },
    },
  })
  @ApiOperation({ summary: '上传佐证材料 — the branch secretary uploads evidence while the self-assessment is open' })
  @ApiCreatedResponse({ type: EvidenceFileDto })
  @ApiResponse({ status: 409, type: ErrorResponseBody, description: 'the self-assessment is already submitted' })
  @ApiResponse({ status: 413, type: ErrorResponseBody, description: 'larger than the limit' })
  @ApiResponse({ status: 422, type: ErrorResponseBody, description: 'empty, or not a PDF / image / Office file' })
  upload(
    @Param('roundId', uuid) roundId: string,
    @Param('orgId', uuid) organisationId: string,
    @UploadedFile() file: UploadedFileLike | undefined,
    @Body() fields: EvidenceUploadFieldsDto,
    @Req() request: Request,
  ): Promise<EvidenceFileDto> {
    if (!file)
      throw new RequestValidationError([
        {
          property: 'file',
          constraints: { isNotEmpty: 'file must be uploaded (multipart field "file")' },
          children: [],
        },
      ]);
    return this.evidence.upload(requestContext(request), {
      roundId,
      organisationId,
      itemKey: fields.itemKey ?? null,
      fileName: file.originalname,
      content: file.buffer,
    });
  }

  @Get()
  @ApiOperation({ summary: '佐证材料列表 — the evidence the branch uploaded in the round (no content)' })
  @ApiOkResponse({ type: [EvidenceFileDto] })
  list(
    @Param('roundId', uuid) roundId: string,
    @Param('orgId', uuid) organisationId: string,
    @Req() request: Request,
  ): Promise<EvidenceFileDto[]> {
    return this.evidence.list(requestContext(request), roundId, organisationId);
  }

  @Get(':evidenceId')
  @ApiProduces('application/octet-stream')
  @ApiOperation({ summary: '下载佐证材料 — the file as uploaded (an attachment, with its checked content type)' })
  async download(
    @Param('roundId', uuid) roundId: string,
    @Param('orgId', uuid) organisationId: string,
    @Param('evidenceId', uuid) evidenceId: string,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const file = await this.evidence.download(requestContext(request), roundId, organisationId, evidenceId);
    // Always an attachment, never rendered in the console's origin.
    response.setHeader('content-type', file.contentType);
    response.setHeader('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
    response.setHeader('x-content-type-options', 'nosniff');
    return new StreamableFile(file.content);
  }
}
