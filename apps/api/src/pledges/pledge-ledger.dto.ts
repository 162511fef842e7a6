import { ApiProperty } from '@nestjs/swagger';
import { EVALUATION_SOURCES, PLEDGE_FORMS, PLEDGE_KINDS, PLEDGER_KINDS } from '@cxzy/domain';
import { PledgeItemViewDto } from './pledge.dto.js';

const PLEDGE_STATES = ['proposed', 'returned', 'approved', 'fulfilling', 'evaluating', 'evaluated', 'closed'];

class LocalisedTextDto {
  @ApiProperty({ example: '好' }) zhCN!: string;
  @ApiProperty({ example: 'excellent' }) en!: string;
}

export class ResultBandDto {
  @ApiProperty({ example: 'excellent' }) key!: string;
  @ApiProperty({ type: LocalisedTextDto }) name!: LocalisedTextDto;
  @ApiProperty({ example: 90 }) minScore!: number;
}

/** 评议结果: the weighted score, its band, and each source's mean and weight. */
export class EvaluationResultDto {
  @ApiProperty({ example: 91.5, description: '加权得分（两位小数）' }) score!: number;
  @ApiProperty({ type: ResultBandDto }) band!: ResultBandDto;
  @ApiProperty({
    description: `各评议来源的平均分（${EVALUATION_SOURCES.join(' / ')}）`,
    type: 'object',
    additionalProperties: { type: 'number' },
  })
  bySource!: Record<string, number>;
  @ApiProperty({ description: '实际采用的权重', type: 'object', additionalProperties: { type: 'number' } })
  weights!: Record<string, number>;
}

/** One version line of the branch's 承诺台账, with the pledge's current state and evaluation result. */
export class PledgeLedgerLineDto {
  @ApiProperty() id!: number;
  @ApiProperty({ format: 'uuid' }) pledgeId!: string;
  @ApiProperty({ description: '台账版本（修订后 +1，旧版本保留）' }) version!: number;
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty() year!: number;
  @ApiProperty({ enum: PLEDGE_KINDS }) kind!: string;
  @ApiProperty({ enum: PLEDGE_FORMS }) form!: string;
  @ApiProperty({ enum: PLEDGER_KINDS }) pledgerKind!: string;
  @ApiProperty({ type: [String], description: '承诺人姓名（党组织承诺为党组织名称）' }) pledgerNames!: string[];
  @ApiProperty({ type: [PledgeItemViewDto] }) items!: PledgeItemViewDto[];
  @ApiProperty({ nullable: true, type: String, description: '即时承诺针对的任务或事件' })
  triggerReference!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '2027-08-31' }) dueDate!: string | null;
  @ApiProperty({ description: '登记人' }) recordedBy!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiProperty({ nullable: true, type: String, description: '修订理由（第 1 版为空）' }) amendmentReason!:
    string | null;
  @ApiProperty({ enum: PLEDGE_STATES, description: '承诺当前状态（每个版本行相同）' }) pledgeState!: string;
  @ApiProperty({ type: EvaluationResultDto, nullable: true, description: '评议结果（评议结束后）' })
  evaluationResult!: EvaluationResultDto | null;
}
