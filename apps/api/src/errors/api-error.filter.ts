import { Catch, HttpException, HttpStatus, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { isDomainError, isImportRejectedError, type DomainErrorKind } from '@cxzy/domain';
import { JsonTooDeepError, MAX_JSON_DEPTH } from '../http/json-body.js';
import type { ErrorResponseBody } from './error-response.js';
import type { RefusalAudit } from './refusal-audit.js';
import { RequestValidationError } from './request-validation.error.js';
import { unavailableDependencyOf, type UnavailableDependency } from './unavailable-dependency.js';

const statusOfKind: Record<DomainErrorKind, number> = {
  invalid: HttpStatus.UNPROCESSABLE_ENTITY,
  'not-found': HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  forbidden: HttpStatus.FORBIDDEN,
  unauthenticated: HttpStatus.UNAUTHORIZED,
  'rate-limited': HttpStatus.TOO_MANY_REQUESTS,
};

const HTTP_TEXTS: Record<number, { zhCN: string; en: string }> = {
  404: { zhCN: '资源不存在', en: 'not found' },
  405: { zhCN: '不支持该请求方法', en: 'method not allowed' },
  413: { zhCN: '请求内容过大', en: 'request entity too large' },
  415: { zhCN: '不支持的内容类型', en: 'unsupported media type' },
  429: { zhCN: '请求过于频繁，请稍后再试', en: 'too many requests, please retry later' },
  503: { zhCN: '服务暂不可用，请稍后重试', en: 'service unavailable, please retry later' },
};

/** Seconds a client should wait before retrying a request refused because a dependency is down. */
export const OUTAGE_RETRY_AFTER_SECONDS = 5;

const OUTAGE_BODIES: Record<UnavailableDependency, Omit<ErrorResponseBody, 'message'>> = {
  database: {
    statusCode: HttpStatus.SERVICE_UNAVAILABLE,
    code: 'DATABASE_UNAVAILABLE',
    messageZhCN: '数据库暂不可用，请稍后重试',
    messageEn: 'the database is unavailable, please retry later',
  },
  'workflow-engine': {
    statusCode: HttpStatus.SERVICE_UNAVAILABLE,
    code: 'WORKFLOW_ENGINE_UNAVAILABLE',
    messageZhCN: '工作流引擎暂不可用，请稍后重试',
    messageEn: 'the workflow engine is unavailable, please retry later',
  },
};

/** The only place where errors become HTTP statuses. */
@Catch()
export class ApiErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiError');

  /** With `refusals`, a 403 on a state-changing command is audited before it is answered. */
  constructor(private readonly refusals?: RefusalAudit) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const body = this.toBody(error);
    const answer = () => this.answer(request, http.getResponse<Response>(), body);
    if (body.statusCode === HttpStatus.FORBIDDEN && this.refusals)
      void this.refusals.record(request, body).then(answer);
    else answer();
  }

  private answer(request: Request, response: Response, body: Omit<ErrorResponseBody, 'message'>): void {
    const english = /^en\b/i.test(request.headers['accept-language'] ?? '');
    const requestId = (request as Request & { id?: unknown }).id;
    // Every 503 is an outage of something the request needs: say when to try again.
    if (body.statusCode === HttpStatus.SERVICE_UNAVAILABLE)
      response.setHeader('Retry-After', String(OUTAGE_RETRY_AFTER_SECONDS));
    response.status(body.statusCode).json({
      ...body,
      message: english ? body.messageEn : body.messageZhCN,
      ...(requestId ? { requestId: String(requestId) } : {}),
    });
  }

  private toBody(error: unknown): Omit<ErrorResponseBody, 'message'> {
    if (error instanceof RequestValidationError) {
      const first = error.fields[0];
      return {
        statusCode: HttpStatus.BAD_REQUEST,
        code: 'VALIDATION_FAILED',
        ...(first ? { field: first.field } : {}),
        messageZhCN: error.fields.map((f) => f.messageZhCN).join('；'),
        messageEn: error.message,
        errors: error.fields,
      };
    }
    if (isDomainError(error)) {
      return {
        statusCode: statusOfKind[error.kind],
        code: error.code,
        ...(error.field ? { field: error.field } : {}),
        messageZhCN: error.text.zhCN,
        messageEn: error.text.en,
        // A rule check that reports everything at once (e.g. a pipeline definition): one entry each.
        ...(error.details?.length
          ? {
              errors: error.details.map((d) => ({
                field: d.path,
                rule: d.code,
                messageZhCN: d.text.zhCN,
                messageEn: d.text.en,
              })),
            }
          : {}),
        ...(isImportRejectedError(error)
          ? {
              rowErrors: error.issues.map((i) => ({
                row: i.row,
                column: i.column,
                code: i.code,
                messageZhCN: i.text.zhCN,
                messageEn: i.text.en,
              })),
            }
          : {}),
      };
    }
    if (error instanceof HttpException && error.cause instanceof JsonTooDeepError) {
      return {
        statusCode: HttpStatus.BAD_REQUEST,
        code: 'JSON_TOO_DEEP',
        messageZhCN: `请求体 JSON 嵌套层数过多（最多 ${MAX_JSON_DEPTH} 层）`,
        messageEn: error.cause.message,
      };
    }
    if (error instanceof HttpException) {
      const status = error.getStatus();
      const known = HTTP_TEXTS[status];
      // Body-parser failures arrive as 400s whose message is the JSON parser's: say it plainly.
      const malformed = status === 400 && /JSON/.test(error.message);
      return {
        statusCode: status,
        code: malformed ? 'MALFORMED_JSON' : `HTTP_${status}`,
        messageZhCN: malformed ? '请求体不是有效的 JSON' : (known?.zhCN ?? `请求失败（${status}）`),
        messageEn: malformed ? 'the request body is not valid JSON' : (known?.en ?? error.message),
      };
    }
    // A dependency out of reach (PostgreSQL, Temporal) is neither the request's fault nor a bug.
    const outage = unavailableDependencyOf(error);
    if (outage) {
      this.logger.warn(`${outage} unavailable: ${error instanceof Error ? error.message : String(error)}`);
      return OUTAGE_BODIES[outage];
    }
    this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return {
      statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
      code: 'INTERNAL_ERROR',
      messageZhCN: '服务器内部错误',
      messageEn: 'internal server error',
    };
  }
}
