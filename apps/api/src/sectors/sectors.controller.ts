import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Sector } from '@cxzy/domain';
import { CreateSectorUseCase, ListSectorsUseCase } from '@cxzy/application';
import { ErrorResponseBody } from '../errors/error-response.js';
import { CreateSectorDto, SectorDto } from './sector.dto.js';
import { Audited } from '../audit/audited.decorator.js';
import { RegistrySettings } from '../auth/public.decorator.js';

/** 领域 — sectors are data; pipelines are configured per sector. */
@ApiTags('sectors')
@Controller('sectors')
export class SectorsController {
  constructor(
    private readonly lister: ListSectorsUseCase,
    private readonly creator: CreateSectorUseCase,
  ) {}

  @Get()
  @ApiOperation({ summary: '领域列表' })
  @ApiOkResponse({ type: [SectorDto] })
  list(): Promise<Sector[]> {
    return this.lister.execute();
  }

  @Audited({ action: 'sector.create', objectType: 'sector', idField: 'code' })
  @Post()
  @RegistrySettings()
  @ApiOperation({ summary: '新增领域 — add a sector' })
  @ApiCreatedResponse({ type: SectorDto })
  @ApiResponse({ status: 400, type: ErrorResponseBody })
  @ApiResponse({ status: 409, type: ErrorResponseBody, description: 'the code exists' })
  create(@Body() dto: CreateSectorDto): Promise<Sector> {
    return this.creator.execute(dto);
  }
}
