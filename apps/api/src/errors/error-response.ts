import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** One problem: a request field (400) or a JSON path inside a document checked by a rule (422). */
export class FieldErrorBody {
  @ApiProperty({ example: '$.indicatorSheet.items[3].weight' }) field!: string;
  @ApiProperty({ example: 'ITEM_WEIGHT_INVALID' }) rule!: string;
  @ApiProperty({ example: 'message 不能为空' }) messageZhCN!: string;
  @ApiProperty({ example: 'message must not be empty' }) messageEn!: string;
}

/** One problem of a refused import file: the spreadsheet row (header = 1) and column key. */
export class RowErrorBody {
  @ApiProperty({ example: 7 }) row!: number;
  @ApiProperty({ example: 'territorial_parent_code', nullable: true, type: String }) column!: string | null;
  @ApiProperty({ example: 'IMPORT_UNKNOWN_ORGANISATION' }) code!: string;
  @ApiProperty({ example: '上级党组织编码“QS-X”在文件和系统中都不存在' }) messageZhCN!: string;
  @ApiProperty({ example: 'territorial_parent_code "QS-X" is neither in the file nor in the system' })
  messageEn!: string;
}

/** The one error shape of the API: a stable code, the field at fault, and both languages. */
export class ErrorResponseBody {
  @ApiProperty({ example: 400 }) statusCode!: number;
  @ApiProperty({ example: 'VALIDATION_FAILED' }) code!: string;
  @ApiPropertyOptional({ example: 'message' }) field?: string;
  @ApiProperty({ description: 'In the language asked for by Accept-Language (zh-CN by default)' }) message!: string;
  @ApiProperty() messageZhCN!: string;
  @ApiProperty() messageEn!: string;
  @ApiPropertyOptional({ type: [FieldErrorBody] }) errors?: FieldErrorBody[];
  @ApiPropertyOptional({ description: 'Quote it when reporting a problem (also in X-Request-Id)' }) requestId?: string;
  @ApiPropertyOptional({ type: [RowErrorBody], description: 'every problem of a refused import, in file order' })
  rowErrors?: RowErrorBody[];
}
