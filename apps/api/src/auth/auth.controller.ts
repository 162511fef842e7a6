import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { SessionUseCases, type AuthenticatedUser, type AuthTokens } from '@cxzy/application';
import { ErrorResponseBody } from '../errors/error-response.js';
import { publicRequestContext } from '../http/request-context.js';
import type { AuthenticatedRequest } from './access-token.guard.js';
import { Public } from './public.decorator.js';
import { RateLimited } from '../http/rate-limit.guard.js';
import { AuthenticatedUserDto, AuthTokensDto, LoginDto, RefreshTokenDto } from './auth.dto.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly sessions: SessionUseCases) {}

  @Public()
  @RateLimited('login')
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: '登录 — password login; locked for a while after repeated failures' })
  @ApiOkResponse({ type: AuthTokensDto })
  @ApiResponse({
    status: 401,
    type: ErrorResponseBody,
    description: 'wrong username or password (one answer for both)',
  })
  @ApiResponse({ status: 429, type: ErrorResponseBody, description: 'locked after repeated failures' })
  login(@Body() dto: LoginDto, @Req() request: Request): Promise<AuthTokens> {
    return this.sessions.login(publicRequestContext(request, dto.username), dto.username, dto.password);
  }

  @Public()
  @RateLimited('login')
  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({
    summary:
      '续期 — a new token pair in the same session; the old refresh token is spent (a reused one ends every session of the user)',
  })
  @ApiOkResponse({ type: AuthTokensDto })
  @ApiResponse({ status: 401, type: ErrorResponseBody })
  refresh(@Body() dto: RefreshTokenDto, @Req() request: Request): Promise<AuthTokens> {
    return this.sessions.refresh(publicRequestContext(request, 'refresh-token'), dto.refreshToken);
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: '退出 — ends the login session: its refresh token and its access tokens stop working' })
  @ApiNoContentResponse()
  logout(@Body() dto: RefreshTokenDto, @Req() request: Request): Promise<void> {
    return this.sessions.logout(publicRequestContext(request, 'refresh-token'), dto.refreshToken);
  }

  @Get('me')
  @ApiOperation({ summary: '当前用户 — who the access token belongs to, with their roles' })
  @ApiOkResponse({ type: AuthenticatedUserDto })
  me(@Req() request: AuthenticatedRequest): AuthenticatedUser {
    return request.user;
  }
}
