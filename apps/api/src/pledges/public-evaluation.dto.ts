import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PLEDGE_KINDS } from '@cxzy/domain';
import { IsInt, IsNotEmpty, IsNumber, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export class IssuePublicLinksDto {
  @ApiProperty({ minimum: 1, maximum: 500, description: '链接数量：每个链接只能评议一次' })
  @IsInt()
  @Min(1)
  @Max(500)
  count!: number;

  @ApiProperty({ minimum: 1, maximum: 60, description: '有效天数' })
  @IsInt()
  @Min(1)
  @Max(60)
  validDays!: number;
}

export class RatePledgeDto {
  @ApiProperty({ description: '评议链接中的 token' }) @IsString() @IsNotEmpty() @MaxLength(200) token!: string;
  @ApiProperty({ minimum: 0, maximum: 100 }) @IsNumber() @Min(0) @Max(100) score!: number;
  @ApiPropertyOptional({ description: '意见建议' }) @IsOptional() @IsString() @MaxLength(1000) comment?: string;
}

/** GET /public/pledges/:id?token=: what the link rates and who published it (no personal data). */
export class PublicPledgeDto {
  @ApiProperty({ format: 'uuid' }) pledgeId!: string;
  @ApiProperty({ description: '发布承诺的党组织' }) organisationName!: string;
  @ApiProperty() year!: number;
  @ApiProperty({ enum: PLEDGE_KINDS }) kind!: string;
  @ApiProperty({ type: [String], description: '承诺事项' }) items!: string[];
  @ApiProperty({ description: '链接有效期至' }) linkExpiresAt!: string;
  @ApiProperty({ description: '链接已用过（每个链接只能评议一次）' }) linkUsed!: boolean;
}
