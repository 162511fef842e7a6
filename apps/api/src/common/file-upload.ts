import { applyDecorators, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import type { TabularFile } from '@cxzy/application';
import { RequestValidationError } from '../errors/request-validation.error.js';

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** What multer hands over (kept to the fields we use, so no @types/multer is needed). */
export interface UploadedFileLike {
  readonly originalname: string;
  readonly mimetype: string;
  readonly buffer: Buffer;
}

/**
 * `multipart/form-data` with one `file` part of at most `maxBytes` (over it multer fails → 413),
 * documented for OpenAPI with `description`.
 */
export const SingleFileUpload = (options: { maxBytes: number; description: string }) =>
  applyDecorators(
    // Browsers send file names in UTF-8 (Chinese names); multer's default would read them as latin1.
    UseInterceptors(
      FileInterceptor('file', { limits: { fileSize: options.maxBytes, files: 1 }, defParamCharset: 'utf8' }),
    ),
    ApiConsumes('multipart/form-data'),
    ApiBody({
      schema: {
        type: 'object',
        required: ['file'],
        properties: { file: { type: 'string', format: 'binary', description: options.description } },
      },
    }),
  );

/** `multipart/form-data` with one `file` part (.csv or .xlsx, ≤ 20 MB), documented for OpenAPI. */
export const ImportFileUpload = () =>
  SingleFileUpload({ maxBytes: MAX_UPLOAD_BYTES, description: '.csv（UTF-8 或 GBK）或 .xlsx，第一行为表头' });

export class ImportQueryDto {
  @ApiPropertyOptional({ description: '只校验、不写入 — validate only, write nothing', default: false })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  dryRun?: boolean;
}

/** The upload as the use cases take it; a request without a file is a 400 naming `file`. */
export function toTabularFile(file: UploadedFileLike | undefined): TabularFile {
  if (!file) {
    throw new RequestValidationError([
      { property: 'file', constraints: { isNotEmpty: 'file must be uploaded (multipart field "file")' }, children: [] },
    ]);
  }
  return { fileName: file.originalname, contentType: file.mimetype, content: file.buffer };
}
