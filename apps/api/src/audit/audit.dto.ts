import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsOptional, IsString, MaxLength } from 'class-validator';
import { PaginationQueryDto } from '../common/pagination.dto.js';

export class AuditFilterDto {
  @ApiPropertyOptional({ example: 'smoke-check' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  objectType?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(300)
  objectId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(128)
  actorId?: string;

  @ApiPropertyOptional({ description: 'from (inclusive), ISO 8601' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  from?: Date;

  @ApiPropertyOptional({ description: 'to (exclusive), ISO 8601' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  to?: Date;
}

export class AuditPageQueryDto extends IntersectionType(AuditFilterDto, PaginationQueryDto) {}
