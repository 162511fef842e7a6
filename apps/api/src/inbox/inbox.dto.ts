import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { PaginationQueryDto } from '../common/pagination.dto.js';

/** The caller's own inbox: the recipient is the authenticated user, never a parameter. */
export class InboxQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({ description: '只看未读', default: false })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  unreadOnly: boolean = false;
}

export class InboxNoticeDto {
  @ApiProperty() id!: string;
  @ApiProperty() titleZhCN!: string;
  @ApiProperty() titleEn!: string;
  @ApiProperty() bodyZhCN!: string;
  @ApiProperty() bodyEn!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) link!: string | null;
  @ApiProperty() createdAt!: Date;
  @ApiPropertyOptional({ nullable: true, type: Date }) readAt!: Date | null;
}

export class InboxPageDto {
  @ApiProperty({ type: [InboxNoticeDto] }) items!: InboxNoticeDto[];
  @ApiProperty() total!: number;
  @ApiProperty({ description: '未读总数' }) unread!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}
