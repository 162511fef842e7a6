import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import type { Role } from '@cxzy/domain';
import { ErrorResponseBody } from '../errors/error-response.js';

export const PUBLIC_ROUTE = 'cxzy:public-route';
export const HOLDERS_OF = 'cxzy:holders-of';
export const REGISTRY_SETTINGS = 'cxzy:registry-settings';

/**
 * Marks a route (or a controller) that needs no access token: health, login/refresh/logout, the
 * public pledge board and rating by token. Everything else is refused with 401 by the global
 * AccessTokenGuard (the OpenAPI docs are served outside the router).
 */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/**
 * For registries shared by every grading unit (calendar, sectors, pipeline definitions, users,
 * imports, audit): the caller must hold `role` somewhere (403 naming it otherwise). Commands on one
 * organisation check the scope too, in their use case, through AccessPolicy.actAs.
 */
export const HoldersOf = (role: Role) =>
  applyDecorators(
    SetMetadata(HOLDERS_OF, role),
    ApiResponse({ status: 403, type: ErrorResponseBody, description: `the caller does not hold the role ${role}` }),
  );

/**
 * For registry-wide settings (sectors, calendar, pipeline definitions, notification dead letters;
 * ADR 0016): an administrator of a top-level grading unit, or a registry-wide administrator
 * (`AccessPolicy.actAsRegistryAdministrator`); 403 naming the rule otherwise.
 */
export const RegistrySettings = () =>
  applyDecorators(
    SetMetadata(HOLDERS_OF, 'administrator'),
    SetMetadata(REGISTRY_SETTINGS, true),
    ApiResponse({
      status: 403,
      type: ErrorResponseBody,
      description: 'the caller is not an administrator of a top-level grading unit (REGISTRY_ADMINISTRATOR_REQUIRED)',
    }),
  );
