import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

export const MAX_PAGE_SIZE = 200;
/** Far beyond any list here; a larger page would overflow the SQL OFFSET (a 500 instead of a 400). */
export const MAX_PAGE = 1_000_000;

/** `?page=&pageSize=`: 1-based pages of at most 200 rows. */
export class PaginationQueryDto {
  @ApiPropertyOptional({ description: '页码，从 1 开始', default: 1, minimum: 1, maximum: MAX_PAGE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  page?: number;

  @ApiPropertyOptional({
    description: `每页条数（1–${MAX_PAGE_SIZE}）`,
    default: 20,
    minimum: 1,
    maximum: MAX_PAGE_SIZE,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize?: number;
}

export const pageOf = (query: PaginationQueryDto) => ({ page: query.page ?? 1, pageSize: query.pageSize ?? 20 });

/** A path `:id` that must be a UUID; a 400 names the field. */
export class IdParamDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;
}

export class PageMetaDto {
  @ApiProperty({ example: 1 }) page!: number;
  @ApiProperty({ example: 20 }) pageSize!: number;
  @ApiProperty({ description: 'rows matching the filters, all pages together', example: 137 }) total!: number;
}
