import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { notAuthenticated, type Role } from '@cxzy/domain';
import { AccessPolicy, roleRequired, SessionUseCases, type AuthenticatedUser } from '@cxzy/application';
import { requestContext } from '../http/request-context.js';
import { HOLDERS_OF, PUBLIC_ROUTE, REGISTRY_SETTINGS } from './public.decorator.js';

export type AuthenticatedRequest = Request & { user: AuthenticatedUser };

/**
 * Global guard (APP_GUARD): every route needs `Authorization: Bearer <access token>` unless it is
 * marked `@Public()`; a route marked `@HoldersOf(role)` needs that role somewhere, one marked `@RegistrySettings()` an
 * administrator of a top-level grading unit. The verified user is put on the request, where `requestContext` finds it.
 */
@Injectable()
export class AccessTokenGuard implements CanActivate {
  constructor(
    private readonly sessions: SessionUseCases,
    private readonly reflector: Reflector,
    private readonly access: AccessPolicy,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, [context.getHandler(), context.getClass()])) {
      return true;
    }
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme !== 'Bearer' || !token) throw notAuthenticated('no bearer token');
    request.user = await this.sessions.authenticate(token);
    const role = this.reflector.getAllAndOverride<Role | undefined>(HOLDERS_OF, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (role && !request.user.roles.some((grant) => grant.role === role)) throw roleRequired([role]);
    if (this.reflector.getAllAndOverride<boolean>(REGISTRY_SETTINGS, [context.getHandler(), context.getClass()]))
      await this.access.actAsRegistryAdministrator(requestContext(request));
    return true;
  }
}
