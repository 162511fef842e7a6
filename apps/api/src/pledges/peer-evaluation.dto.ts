import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsUUID } from 'class-validator';
import { MAX_PEERS_PER_REQUEST } from '@cxzy/domain';
import { PledgeCommandDto } from './pledge.dto.js';

export class RequestPeerEvaluationDto extends PledgeCommandDto {
  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: '邀请互评的党员（本支部党员，不含承诺人）',
    maxItems: MAX_PEERS_PER_REQUEST,
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_PEERS_PER_REQUEST)
  @IsUUID('all', { each: true })
  memberIds!: string[];
}

export class PeerEvaluationRequestResultDto {
  @ApiProperty({ format: 'uuid' }) pledgeId!: string;
  @ApiProperty({ type: [String], description: '已邀请互评的党员（本次与此前）' }) askedMemberIds!: string[];
}
