import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ListUsersUseCase, SaveUserUseCase } from '@cxzy/application';
import { ErrorResponseBody } from '../errors/error-response.js';
import { pageOf, PaginationQueryDto } from '../common/pagination.dto.js';
import { SaveUserDto, UserDto, UsernameParamDto, UserPageDto } from './user.dto.js';
import { Audited } from '../audit/audited.decorator.js';

/** 用户与角色 — no credentials yet: login and authorisation come with the access-control issue. */
@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(
    private readonly lister: ListUsersUseCase,
    private readonly saver: SaveUserUseCase,
  ) {}

  @Get()
  @ApiOperation({ summary: '用户列表 — users and the roles they hold, by organisation' })
  @ApiOkResponse({ type: UserPageDto })
  @ApiResponse({ status: 400, type: ErrorResponseBody })
  list(@Query() query: PaginationQueryDto) {
    return this.lister.execute(pageOf(query));
  }

  @Audited({ action: 'user.save', objectType: 'user', idParam: 'username' })
  @Put(':username')
  @ApiOperation({ summary: '保存用户 — create or update a user and replace its roles (idempotent)' })
  @ApiOkResponse({ type: UserDto })
  @ApiResponse({ status: 400, type: ErrorResponseBody })
  @ApiResponse({
    status: 422,
    type: ErrorResponseBody,
    description: 'unknown organisation, or a role where it cannot be held',
  })
  save(@Param() params: UsernameParamDto, @Body() dto: SaveUserDto) {
    return this.saver.execute({ username: params.username, displayName: dto.displayName, roles: dto.roles });
  }
}
