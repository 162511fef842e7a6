import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export class StartSmokeCheckDto {
  @ApiProperty({ description: '留言（1–200 字）', example: '第一次运行' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  message!: string;

  @ApiPropertyOptional({ description: 'Pause between the two activities, in ms (0–60000)', default: 2000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(60_000)
  pauseMs?: number;
}

export class StartedSmokeCheckDto {
  @ApiProperty() checkId!: string;
  @ApiProperty({ example: 'smoke-check/3f0c…' }) workflowId!: string;
}
