import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/** The multipart form's text field next to `file`. */
export class EvidenceUploadFieldsDto {
  @ApiPropertyOptional({ description: '所佐证的指标子项（指标表的 item key）', example: 'leader-1', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @Matches(/^[A-Za-z0-9._-]+$/)
  itemKey?: string;
}

/** One evidence file of a branch's self-assessment (without its content). */
export class EvidenceFileDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) roundId!: string;
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty({ nullable: true, type: String, example: 'leader-1' }) itemKey!: string | null;
  @ApiProperty({ example: '支部委员会会议记录.pdf' }) fileName!: string;
  @ApiProperty({ example: 'application/pdf' }) contentType!: string;
  @ApiProperty({ example: 182044 }) sizeBytes!: number;
  @ApiProperty({ description: '上传人（用户 id）' }) uploadedBy!: string;
  @ApiProperty({ format: 'date-time' }) uploadedAt!: string;
}
