import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  MaxLength,
  ValidateIf,
  ValidateNested,
  IsObject,
} from 'class-validator';

export class NotificationPreferencesDto {
  @ApiPropertyOptional({ nullable: true, type: String, example: 'zhibu@example.cn' })
  @ValidateIf((_o, v) => v !== null && v !== undefined)
  @IsEmail()
  @MaxLength(254)
  email: string | null = null;

  @ApiProperty({ description: '开启邮件通知' })
  @IsBoolean()
  emailEnabled!: boolean;

  @ApiPropertyOptional({ nullable: true, type: String, description: '短信/消息推送的接收号码', example: '13800000000' })
  @ValidateIf((_o, v) => v !== null && v !== undefined)
  @IsString()
  @IsNotEmpty()
  @MaxLength(128)
  webhookTarget: string | null = null;

  @ApiProperty({ description: '开启短信/消息推送' })
  @IsBoolean()
  webhookEnabled!: boolean;
}

export class LocalizedTextDto {
  @ApiProperty({ example: '请按时提交自评' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  zhCN!: string;

  @ApiProperty({ example: 'Please submit the self-assessment on time' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  en!: string;
}

export class SendNotificationDto {
  @ApiProperty({ example: 'secretary-01' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(128)
  recipient!: string;

  @ApiProperty({ type: LocalizedTextDto })
  @IsObject() // ValidateNested alone lets an array through
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  title!: LocalizedTextDto;

  @ApiProperty({ type: LocalizedTextDto })
  @IsObject() // ValidateNested alone lets an array through
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  body!: LocalizedTextDto;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true })
  link?: string | null;

  @ApiProperty({ description: '事由标识：同一事由对同一人只发送一次', example: 'round-2026/self-assessment' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  reference!: string;
}
