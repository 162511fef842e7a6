import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { SECTOR_CODE_PATTERN } from '@cxzy/domain';

export class CreateSectorDto {
  @ApiProperty({ description: '领域编码（小写字母、数字、连字符）', example: 'rural-cooperative' })
  @Matches(SECTOR_CODE_PATTERN)
  code!: string;

  @ApiProperty({ example: '农民专业合作社' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  nameZhCN!: string;

  @ApiProperty({ example: 'rural cooperative' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  nameEn!: string;
}

export class SectorDto {
  @ApiProperty({ example: 'village' }) code!: string;
  @ApiProperty({ example: '行政村' }) nameZhCN!: string;
  @ApiProperty({ example: 'village' }) nameEn!: string;
  @ApiProperty({ description: 'seeded with the system (the eight sectors of the documents)' }) builtin!: boolean;
}
