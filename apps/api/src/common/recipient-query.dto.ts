import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

/**
 * Whose inbox or preferences. A stand-in until login exists: the access-control issue replaces it
 * with the authenticated caller, and then nobody reads another person's inbox.
 */
export class RecipientQueryDto {
  @ApiProperty({ description: '接收人（用户标识）', example: 'secretary-01' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(128)
  recipient!: string;
}
