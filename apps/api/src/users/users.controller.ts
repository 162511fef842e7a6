import { Body, Controller, Get, HttpCode, Param, Put, Query, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { LinkMemberUseCase, ListUsersUseCase, SaveUserUseCase, SetUserPasswordUseCase } from '@cxzy/application';
import { ErrorResponseBody } from '../errors/error-response.js';
import { pageOf, PaginationQueryDto } from '../common/pagination.dto.js';
import { LinkMemberDto, MemberLinkDto, SaveUserDto, UserDto, UsernameParamDto, UserPageDto } from './user.dto.js';
import { SetPasswordDto } from '../auth/auth.dto.js';
import { requestContext } from '../http/request-context.js';

/**
 * 用户与角色, and their passwords (login: /auth): the security administrator's work (三员分立, ADR
 * 0023); linking a user to a member of the registry is the (system) administrator's; a user may set
 * their own password.
 */
@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(
    private readonly lister: ListUsersUseCase,
    private readonly saver: SaveUserUseCase,
    private readonly passwords: SetUserPasswordUseCase,
    private readonly linker: LinkMemberUseCase,
  ) {}

  @Put(':username/member')
  @HttpCode(200)
  @ApiOperation({
    summary:
      '关联党员 — which member of the registry the user is (a member acts only on their own pledges and evaluations); null unlinks (audited)',
  })
  @ApiOkResponse({ type: MemberLinkDto })
  @ApiResponse({
    status: 403,
    type: ErrorResponseBody,
    description: "not an administrator of the member's grading unit",
  })
  @ApiResponse({ status: 404, type: ErrorResponseBody, description: 'no such user or member' })
  @ApiResponse({ status: 409, type: ErrorResponseBody, description: 'the member is linked to another user' })
  linkMember(@Param() params: UsernameParamDto, @Body() dto: LinkMemberDto, @Req() request: Request) {
    return this.linker.execute(requestContext(request), params.username, dto.memberId);
  }

  @Put(':username/password')
  @HttpCode(204)
  @ApiOperation({
    summary: '设置密码 — the password policy applies (422 naming `password`); clears a lockout (audited)',
  })
  @ApiResponse({
    status: 403,
    type: ErrorResponseBody,
    description:
      "neither the user nor a security administrator of the user's grading unit (a security administrator's own account: OWN_ACCOUNT_ROLES does not apply to their own password)",
  })
  @ApiResponse({ status: 404, type: ErrorResponseBody })
  @ApiResponse({ status: 422, type: ErrorResponseBody })
  async setPassword(
    @Param() params: UsernameParamDto,
    @Body() dto: SetPasswordDto,
    @Req() request: Request,
  ): Promise<void> {
    return this.passwords.execute(requestContext(request), params.username, dto.password);
  }

  @Get()
  @ApiOperation({
    summary:
      '用户列表 — the users holding a role in the grading units where the caller is the security or system administrator, with those roles',
  })
  @ApiOkResponse({ type: UserPageDto })
  @ApiResponse({ status: 400, type: ErrorResponseBody })
  @ApiResponse({ status: 403, type: ErrorResponseBody, description: 'neither a security nor a system administrator' })
  list(@Query() query: PaginationQueryDto, @Req() request: Request) {
    return this.lister.execute(requestContext(request), pageOf(query));
  }

  @Put(':username')
  @ApiOperation({
    summary:
      '保存用户 — create or update a user and replace its roles (idempotent; a security administrator, never their own account; audited with roles before → after, refusals too)',
  })
  @ApiOkResponse({ type: UserDto })
  @ApiResponse({ status: 400, type: ErrorResponseBody })
  @ApiResponse({
    status: 403,
    type: ErrorResponseBody,
    description:
      "not a security administrator, the caller's own account (OWN_ACCOUNT_ROLES), or a role (held or given) outside the caller's grading unit",
  })
  @ApiResponse({
    status: 422,
    type: ErrorResponseBody,
    description:
      'unknown organisation, a role where it cannot be held, or two administrator duties for one user (ADMINISTRATOR_DUTIES_COMBINED, 三员分立)',
  })
  async save(@Param() params: UsernameParamDto, @Body() dto: SaveUserDto, @Req() request: Request) {
    return this.saver.saveAs(requestContext(request), {
      username: params.username,
      displayName: dto.displayName,
      roles: dto.roles,
    });
  }
}
