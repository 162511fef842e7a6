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

export class CalendarWarningText {
  @ApiProperty({ example: '2027 年尚无节假日与调休安排：……' }) zhCN!: string;
  @ApiProperty({ example: '2027 has no holidays or make-up workdays: …' }) en!: string;
}

/** Not an error: the action went ahead; the administrator is told a year has no calendar. */
export class CalendarWarningResponse {
  @ApiProperty({ example: 'CALENDAR_YEAR_MISSING' }) code!: string;
  @ApiProperty({ example: 2027 }) year!: number;
  @ApiProperty({ type: CalendarWarningText }) text!: CalendarWarningText;
}

export class CalendarYearResponse {
  @ApiProperty({ example: 2025 }) year!: number;
  @ApiProperty({ type: [CalendarDayDto] }) holidays!: CalendarDayDto[];
  @ApiProperty({ type: [CalendarDayDto] }) makeUpWorkdays!: CalendarDayDto[];
  @ApiProperty({ example: 248 }) workingDays!: number;
  @ApiProperty({ description: 'whether any holiday or 调休 day is configured for the year' }) configured!: boolean;
  @ApiProperty({ type: [CalendarWarningResponse], description: 'empty when configured' })
  warnings!: CalendarWarningResponse[];
}
