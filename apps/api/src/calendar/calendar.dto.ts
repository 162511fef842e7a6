import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';

export class CalendarDayDto {
  @ApiProperty({ example: '2025-10-01' })
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  date!: string;

  @ApiProperty({ example: '国庆节、中秋节' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(32)
  nameZhCN!: string;
}

/** A whole year of holidays (放假) and make-up workdays (调休上班); it replaces what was there. */
export class ReplaceCalendarYearDto {
  @ApiProperty({ type: [CalendarDayDto] })
  @IsArray()
  @ArrayMaxSize(120)
  @ValidateNested({ each: true })
  @Type(() => CalendarDayDto)
  holidays!: CalendarDayDto[];

  @ApiProperty({ type: [CalendarDayDto], description: 'Saturdays or Sundays that are working days' })
  @IsArray()
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => CalendarDayDto)
  makeUpWorkdays!: CalendarDayDto[];
}

export class CalendarYearResponse {
  @ApiProperty({ example: 2025 }) year!: number;
  @ApiProperty({ type: [CalendarDayDto] }) holidays!: CalendarDayDto[];
  @ApiProperty({ type: [CalendarDayDto] }) makeUpWorkdays!: CalendarDayDto[];
  @ApiProperty({ example: 248 }) workingDays!: number;
}
