import { ApiProperty } from '@nestjs/swagger';

export class ImportReportDto {
  @ApiProperty({ enum: ['csv', 'xlsx'] }) format!: 'csv' | 'xlsx';
  @ApiProperty({ description: 'true: validated only, nothing written' }) dryRun!: boolean;
  @ApiProperty({ description: 'data rows read (blank rows skipped)', example: 120 }) rows!: number;
  @ApiProperty({ example: 100 }) created!: number;
  @ApiProperty({ example: 5 }) updated!: number;
  @ApiProperty({ description: 'rows identical to what is stored: a re-import reports only these', example: 15 })
  unchanged!: number;
}

export class MemberImportReportDto extends ImportReportDto {
  @ApiProperty({ description: 'members linked to users by the username (用户名) column', example: 3 })
  linked!: number;
}

export class OrganisationImportReportDto extends ImportReportDto {
  @ApiProperty({
    description: 'stored organisations outside the file whose path or grading unit changed with it',
    example: 0,
  })
  recomputed!: number;
}
