import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'qs-admin' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  username!: string;

  @ApiProperty({ example: 'a-long-passphrase' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(256)
  password!: string;
}

export class RefreshTokenDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(128)
  refreshToken!: string;
}

export class SetPasswordDto {
  @ApiProperty({
    description:
      '至少 12 位、至多 72 字节，含小写、大写、数字、其他字符中的至少三类，不含用户名，不是常见密码 / ' +
      '12 characters to 72 bytes, three of lower, upper, digits, other; not containing the username; not a common password',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(256)
  password!: string;
}

export class AuthTokensDto {
  @ApiProperty() accessToken!: string;
  @ApiProperty({ example: 'Bearer' }) tokenType!: 'Bearer';
  @ApiProperty({ description: 'seconds' }) expiresIn!: number;
  @ApiProperty() refreshToken!: string;
}

export class RoleGrantDto {
  @ApiProperty({ example: 'administrator' }) role!: string;
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
}

export class AuthenticatedUserDto {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty({ example: 'qs-admin' }) username!: string;
  @ApiProperty({ type: [RoleGrantDto] }) roles!: RoleGrantDto[];
}
