import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type QueryDeepPartialEntity } from 'typeorm';
import {
  pipelineDefinitionDraftExists,
  pipelineDefinitionIsDraft,
  pipelineDefinitionNotDraft,
  pipelineDefinitionNotFound,
  pipelineDefinitionNotPublished,
  type PipelineDefinitionStatus,
} from '@cxzy/domain';
import { isUniqueViolation } from '../postgres-error.util.js';
import { PipelineDefinitionEntity } from './pipeline-definition.entity.js';

export interface NewPipelineDefinitionDraft {
  readonly processKind: string;
  readonly sectorCode: string;
  readonly body: Record<string, unknown>;
  readonly actor: string;
}

export interface PipelineDefinitionFilter {
  readonly processKind?: string;
  readonly sectorCode?: string;
  readonly status?: PipelineDefinitionStatus;
}

export type PipelineDefinitionSummary = Omit<PipelineDefinitionEntity, 'body'>;

/**
 * The only code that writes pipeline_definitions. Every write names the status it expects in its
 * WHERE clause, so a published row is never touched (the database trigger is the second guard).
 */
@Injectable()
export class PipelineDefinitionRepository {
  constructor(private readonly dataSource: DataSource) {}

  private rows(manager: EntityManager = this.dataSource.manager) {
    return manager.getRepository(PipelineDefinitionEntity);
  }

  /** A new draft, numbered after every existing version of its kind and sector. */
  async insertDraft(draft: NewPipelineDefinitionDraft): Promise<PipelineDefinitionEntity> {
    try {
      const inserted: { id: string }[] = await this.dataSource.query(
        `INSERT INTO pipeline_definitions (process_kind, sector_code, version, status, body, created_by, updated_by)
         SELECT $1, $2, COALESCE(MAX(version), 0) + 1, 'draft', $3::jsonb, $4, $4
         FROM pipeline_definitions WHERE process_kind = $1 AND sector_code = $2
         RETURNING id`,
        [draft.processKind, draft.sectorCode, JSON.stringify(draft.body), draft.actor],
      );
      return await this.rows().findOneByOrFail({ id: inserted[0]?.id as string });
    } catch (error) {
      // The one-draft index, or a concurrent insert that took the same version number.
      if (isUniqueViolation(error)) throw pipelineDefinitionDraftExists(draft.processKind, draft.sectorCode);
      throw error;
    }
  }

  async updateDraftBody(id: string, body: Record<string, unknown>, actor: string): Promise<PipelineDefinitionEntity> {
    const result = await this.rows().update(
      { id, status: 'draft' },
      // jsonb: TypeORM serialises the object; its deep-partial type cannot see that.
      { body: body as QueryDeepPartialEntity<Record<string, unknown>>, updatedBy: actor, updatedAt: () => 'now()' },
    );
    if (!result.affected) await this.failNotDraft(id);
    return this.rows().findOneByOrFail({ id });
  }

  /**
   * Publishes a draft after `check` accepted its body (inside the same transaction and row lock, so
   * the body checked is the body published), retiring the version it replaces.
   */
  async publishDraft(
    id: string,
    actor: string,
    check: (draft: PipelineDefinitionEntity) => void,
  ): Promise<{ published: PipelineDefinitionEntity; retired: PipelineDefinitionEntity | null }> {
    return this.dataSource.transaction(async (manager) => {
      const draft = await this.lockById(manager, id);
      if (draft.status !== 'draft') throw pipelineDefinitionNotDraft(id, draft.status);
      check(draft);
      const current = await this.rows(manager)
        .createQueryBuilder('d')
        .setLock('pessimistic_write')
        .where('d.processKind = :kind AND d.sectorCode = :sector AND d.status = :published', {
          kind: draft.processKind,
          sector: draft.sectorCode,
          published: 'published',
        })
        .getOne();
      if (current) {
        await this.rows(manager).update(
          { id: current.id, status: 'published' },
          { status: 'retired', retiredAt: () => 'now()', retiredBy: actor },
        );
      }
      await this.rows(manager).update(
        { id, status: 'draft' },
        {
          status: 'published',
          publishedAt: () => 'now()',
          publishedBy: actor,
          updatedAt: () => 'now()',
          updatedBy: actor,
        },
      );
      return {
        published: await this.rows(manager).findOneByOrFail({ id }),
        retired: current ? await this.rows(manager).findOneByOrFail({ id: current.id }) : null,
      };
    });
  }

  async retire(id: string, actor: string): Promise<PipelineDefinitionEntity> {
    const result = await this.rows().update(
      { id, status: 'published' },
      { status: 'retired', retiredAt: () => 'now()', retiredBy: actor },
    );
    if (!result.affected) {
      const row = await this.findById(id);
      if (!row) throw pipelineDefinitionNotFound(id);
      throw pipelineDefinitionNotPublished(id, row.status);
    }
    return this.rows().findOneByOrFail({ id });
  }

  /** A new draft whose body is a published (or retired) version's: the way to change a definition. */
  async insertDraftFrom(sourceId: string, actor: string): Promise<PipelineDefinitionEntity> {
    const source = await this.findById(sourceId);
    if (!source) throw pipelineDefinitionNotFound(sourceId);
    if (source.status === 'draft') throw pipelineDefinitionIsDraft(sourceId);
    return this.insertDraft({
      processKind: source.processKind,
      sectorCode: source.sectorCode,
      body: source.body,
      actor,
    });
  }

  async deleteDraft(id: string): Promise<void> {
    const result = await this.rows().delete({ id, status: 'draft' });
    if (!result.affected) await this.failNotDraft(id);
  }

  findById(id: string): Promise<PipelineDefinitionEntity | null> {
    return this.rows().findOneBy({ id });
  }

  findCurrentPublished(processKind: string, sectorCode: string): Promise<PipelineDefinitionEntity | null> {
    return this.rows().findOneBy({ processKind, sectorCode, status: 'published' });
  }

  /** A page of summaries (no bodies), newest version first within each kind and sector. */
  async findPage(
    filter: PipelineDefinitionFilter,
    page: { offset: number; limit: number },
  ): Promise<{ items: PipelineDefinitionSummary[]; total: number }> {
    const query = this.rows()
      .createQueryBuilder('d')
      .select([
        'd.id',
        'd.processKind',
        'd.sectorCode',
        'd.version',
        'd.status',
        'd.createdAt',
        'd.createdBy',
        'd.updatedAt',
        'd.updatedBy',
        'd.publishedAt',
        'd.publishedBy',
        'd.retiredAt',
        'd.retiredBy',
      ]);
    if (filter.processKind) query.andWhere('d.processKind = :kind', { kind: filter.processKind });
    if (filter.sectorCode) query.andWhere('d.sectorCode = :sector', { sector: filter.sectorCode });
    if (filter.status) query.andWhere('d.status = :status', { status: filter.status });
    const [items, total] = await query
      .orderBy('d.processKind', 'ASC')
      .addOrderBy('d.sectorCode', 'ASC')
      .addOrderBy('d.version', 'DESC')
      .skip(page.offset)
      .take(page.limit)
      .getManyAndCount();
    return { items, total };
  }

  private async lockById(manager: EntityManager, id: string): Promise<PipelineDefinitionEntity> {
    const row = await this.rows(manager)
      .createQueryBuilder('d')
      .setLock('pessimistic_write')
      .where('d.id = :id', { id })
      .getOne();
    if (!row) throw pipelineDefinitionNotFound(id);
    return row;
  }

  private async failNotDraft(id: string): Promise<never> {
    const row = await this.findById(id);
    if (!row) throw pipelineDefinitionNotFound(id);
    throw pipelineDefinitionNotDraft(id, row.status);
  }
}
