import { applyDecorators, Injectable, UseGuards, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { ApiBearerAuth, ApiResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import { notAuthenticated } from '@cxzy/domain';
import { SessionUseCases, type AuthenticatedUser } from '@cxzy/application';
import { ErrorResponseBody } from '../errors/error-response.js';

export type AuthenticatedRequest = Request & { user: AuthenticatedUser };

/** `Authorization: Bearer <access token>`; the verified user is put on the request. */
@Injectable()
export class AccessTokenGuard implements CanActivate {
  constructor(private readonly sessions: SessionUseCases) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme !== 'Bearer' || !token) throw notAuthenticated('no bearer token');
    request.user = await this.sessions.authenticate(token);
    return true;
  }
}

export const Authenticated = () =>
  applyDecorators(UseGuards(AccessTokenGuard), ApiBearerAuth(), ApiResponse({ status: 401, type: ErrorResponseBody }));
