import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { MEMBER_CATEGORIES, type MemberCategory } from '@cxzy/domain';
import { PageMetaDto, PaginationQueryDto } from '../common/pagination.dto.js';

export class ListMembersQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({ description: '党员组织关系所在的组织', format: 'uuid' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @ApiPropertyOptional({ description: '该组织及其下级（块）中的党员', format: 'uuid' })
  @IsOptional()
  @IsUUID()
  subtreeOf?: string;

  @ApiPropertyOptional({ description: '党员类别', enum: MEMBER_CATEGORIES })
  @IsOptional()
  @IsIn(MEMBER_CATEGORIES)
  category?: MemberCategory;
}

export class MemberDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '张建国' }) name!: string;
  @ApiProperty({ enum: MEMBER_CATEGORIES }) category!: MemberCategory;
  @ApiProperty({ nullable: true, type: String, description: '设岗定责的岗位' }) post!: string | null;
  @ApiProperty({ description: '年老体弱党员免于承诺' }) pledgeExempt!: boolean;
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty() organisationCode!: string;
  @ApiProperty() organisationName!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: '流动党员的流入地党组织' })
  hostOrganisationId!: string | null;
  @ApiProperty({ nullable: true, type: String }) hostOrganisationCode!: string | null;
  @ApiProperty({ example: '110***********002X', description: 'masked: the whole number is never returned' })
  idNumberMasked!: string;
  @ApiProperty({ example: '138****1234', nullable: true, type: String, description: 'masked' }) phoneMasked!:
    string | null;
}

export class MemberPageDto extends PageMetaDto {
  @ApiProperty({ type: [MemberDto] }) items!: MemberDto[];
}
