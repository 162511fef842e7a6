import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDefined,
  IsIn,
  IsNotEmpty,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { ROLES, USERNAME_PATTERN, type Role } from '@cxzy/domain';
import { PageMetaDto } from '../common/pagination.dto.js';

export class UsernameParamDto {
  @ApiProperty({ example: 'qs-zzb-admin', description: 'lower-case letters, digits, . _ -' })
  @Matches(USERNAME_PATTERN)
  username!: string;
}

export class RoleAssignmentDto {
  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: Role;

  @ApiProperty({ description: '组织编码 — the role applies within this organisation', example: 'QS' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  organisationCode!: string;
}

export class SaveUserDto {
  @ApiProperty({ example: '王组织' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  displayName!: string;

  @ApiProperty({ type: [RoleAssignmentDto], description: 'replaces the roles the user held' })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => RoleAssignmentDto)
  roles!: RoleAssignmentDto[];
}

export class UserRoleDto {
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty() organisationCode!: string;
  @ApiProperty() organisationName!: string;
}

export class UserDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() username!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ type: [UserRoleDto] }) roles!: UserRoleDto[];
}

export class LinkMemberDto {
  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    description: '党员 id of the member registry; null unlinks the user from their member',
  })
  @IsDefined()
  @ValidateIf((dto: LinkMemberDto) => dto.memberId !== null)
  @IsUUID()
  memberId!: string | null;
}

export class MemberLinkDto {
  @ApiProperty() username!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) memberId!: string | null;
}

export class UserPageDto extends PageMetaDto {
  @ApiProperty({ type: [UserDto] }) items!: UserDto[];
}
