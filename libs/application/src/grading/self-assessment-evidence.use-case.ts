import { Injectable } from '@nestjs/common';
import { DomainError, checkEvidenceFile, evidenceContentType, type DomainErrorDetail } from '@cxzy/domain';
import {
  GradingRoundRepository,
  RoundBranchRepository,
  SelfAssessmentEvidenceRepository,
  TransactionRunner,
  type EvidenceFileRecord,
} from '@cxzy/persistence';
import { AuditTrail } from '../audit/audit-trail.service.js';
import type { RequestContext } from '../audit/request-context.js';
import { AccessPolicy } from '../auth/access-policy.service.js';
import { branchNotInRound, gradingRoundNotFound, notBranchSecretary } from './grading-round.errors.js';

/** The branch states in which the self-assessment is still open, so evidence may be added. */
const OPEN_FOR_EVIDENCE = new Set(['deploy.notified', 'grade.self-assessing']);

const evidenceClosed = (state: string) =>
  new DomainError('EVIDENCE_STEP_CLOSED', 'conflict', {
    zhCN: `自评已提交（当前环节：${state}），不能再上传佐证材料`,
    en: `the self-assessment is closed (the branch is at ${state}); no more evidence can be uploaded`,
  });
const evidenceNotFound = (id: string) =>
  new DomainError(
    'EVIDENCE_NOT_FOUND',
    'not-found',
    { zhCN: `未找到佐证材料 ${id}`, en: `evidence ${id} not found` },
    'evidenceId',
  );

/**
 * 佐证材料 of a branch's self-assessment: the branch's own secretary uploads files (checked by kind
 * and size, stored in PostgreSQL with the audit record in one transaction) while the self-assessment
 * is open; whoever may read the branch lists and downloads them; the self-assessment refers to
 * them by id, and every id must be the branch's own evidence in that round.
 */
@Injectable()
export class SelfAssessmentEvidenceUseCase {
  constructor(
    private readonly rounds: GradingRoundRepository,
    private readonly branches: RoundBranchRepository,
    private readonly evidence: SelfAssessmentEvidenceRepository,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditTrail,
    private readonly access: AccessPolicy,
  ) {}

  async upload(
    caller: RequestContext,
    input: {
      roundId: string;
      organisationId: string;
      itemKey: string | null;
      fileName: string;
      content: Buffer;
    },
  ): Promise<EvidenceFileRecord> {
    const branch = await this.branch(input.roundId, input.organisationId);
    const context = await this.secretary(caller, input.organisationId);
    checkEvidenceFile(input.fileName, input.content);
    if (!OPEN_FOR_EVIDENCE.has(branch.state)) throw evidenceClosed(branch.state);
    return this.transactions.run(async (manager) => {
      const stored = await this.evidence.insert(manager, {
        roundId: input.roundId,
        organisationId: input.organisationId,
        itemKey: input.itemKey,
        fileName: input.fileName,
        contentType: evidenceContentType(input.fileName),
        content: input.content,
        uploadedBy: context.actorId,
      });
      await this.audit.record(
        context,
        {
          action: 'grading.self-assessment-evidence.upload',
          objectType: 'self-assessment-evidence',
          objectId: stored.id,
          after: {
            roundId: stored.roundId,
            organisationId: stored.organisationId,
            itemKey: stored.itemKey,
            fileName: stored.fileName,
            sizeBytes: stored.sizeBytes,
          },
        },
        manager,
      );
      return stored;
    });
  }

  async list(caller: RequestContext, roundId: string, organisationId: string): Promise<EvidenceFileRecord[]> {
    await this.branch(roundId, organisationId);
    await this.access.canRead(caller, organisationId);
    return this.evidence.listOf(roundId, organisationId);
  }

  async download(caller: RequestContext, roundId: string, organisationId: string, evidenceId: string) {
    await this.branch(roundId, organisationId);
    await this.access.canRead(caller, organisationId);
    const file = await this.evidence.find(roundId, organisationId, evidenceId);
    if (!file) throw evidenceNotFound(evidenceId);
    return file;
  }

  /** The self-assessment's references: each id must be evidence of this branch in this round (422 naming each). */
  async assertReferences(
    roundId: string,
    organisationId: string,
    references: Readonly<Record<string, readonly string[]>>,
  ): Promise<void> {
    const ids = [...new Set(Object.values(references).flat())];
    const known = await this.evidence.existing(roundId, organisationId, ids);
    const details: DomainErrorDetail[] = Object.entries(references).flatMap(([item, list]) =>
      list
        .map((id, index) => ({ id, index }))
        .filter(({ id }) => !known.has(id))
        .map(({ id, index }) => ({
          path: `$.evidence.${item}[${index}]`,
          code: 'EVIDENCE_UNKNOWN',
          text: {
            zhCN: `佐证材料 ${id} 不是本党组织在本轮上传的材料`,
            en: `evidence ${id} was not uploaded by this branch in this round`,
          },
        })),
    );
    const first = details[0];
    if (first)
      throw new DomainError('EVIDENCE_UNKNOWN', 'invalid', first.text, first.path.replace(/^\$\./, ''), details);
  }

  private async branch(roundId: string, organisationId: string) {
    const round = await this.rounds.findById(roundId);
    if (!round) throw gradingRoundNotFound(roundId);
    const branch = await this.branches.find(round.id, organisationId);
    if (!branch) throw branchNotInRound(round.id, organisationId);
    return branch;
  }

  private async secretary(caller: RequestContext, organisationId: string) {
    try {
      return await this.access.actAs(caller, 'branch-secretary', organisationId);
    } catch (error) {
      if ((error as { code?: string }).code !== 'NOT_IN_SCOPE') throw error;
      throw notBranchSecretary(caller.actorId, organisationId);
    }
  }
}
