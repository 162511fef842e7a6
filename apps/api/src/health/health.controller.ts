import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../auth/public.decorator.js';
import { OUTAGE_RETRY_AFTER_SECONDS } from '../errors/api-error.filter.js';
import { HealthService, type HealthReport } from './health.service.js';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @ApiOperation({ summary: '健康检查 — database and Temporal reachability' })
  @ApiResponse({ status: 200, description: 'both reachable' })
  @ApiResponse({ status: 503, description: 'at least one is unreachable' })
  async get(@Res({ passthrough: true }) response: Response): Promise<HealthReport> {
    const report = await this.health.check();
    response.status(report.status === 'ok' ? 200 : 503);
    if (report.status !== 'ok') response.setHeader('Retry-After', String(OUTAGE_RETRY_AFTER_SECONDS));
    return report;
  }
}
