import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  AUDIT_GENESIS_HASH,
  CHAIN_START,
  chainInput,
  UNKEYED_CHAIN,
  verifyAuditChain,
  type AuditChainProblem,
  type AuditEntry,
  type ChainedAuditRecord,
  type ChainPosition,
} from '@cxzy/domain';
import { AuditChainKeys } from './audit-chain-keys.js';
import { AuditRecordEntity } from './audit-record.entity.js';

/** Serialises appends so the chain has one tip; held only until the appending transaction ends. */
const AUDIT_CHAIN_LOCK = 7_170_002;

export interface AuditQuery {
  readonly objectType?: string;
  readonly objectId?: string;
  readonly actorId?: string;
  readonly from?: Date;
  readonly to?: Date;
  /**
   * Only records of these grading units (organisation ids): acted in one of their organisations
   * (actor_org), or about one of them (object_type 'organisation'). Absent: the whole trail.
   */
  readonly gradingUnitIds?: readonly string[];
  readonly offset: number;
  readonly limit: number;
}

const toChained = (row: AuditRecordEntity): ChainedAuditRecord => ({
  seq: Number(row.seq),
  occurredAt: row.occurredAt.toISOString(),
  requestId: row.requestId,
  actorId: row.actorId,
  actorRole: row.actorRole,
  actorOrg: row.actorOrg,
  action: row.action,
  objectType: row.objectType,
  objectId: row.objectId,
  before: row.before ?? null,
  after: row.after ?? null,
  result: row.result,
  reason: row.reason,
  chainVersion: row.chainVersion,
  prevHash: row.prevHash,
  hash: row.hash,
});

const asStoredJson = <T>(value: T | null | undefined): T | null =>
  value === undefined || value === null ? null : (JSON.parse(JSON.stringify(value)) as T);

@Injectable()
export class AuditRecordRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly keys: AuditChainKeys,
  ) {}

  /**
   * Appends inside `manager`'s transaction (pass the one that changes the state, so the change and
   * its record commit together) or in a transaction of its own.
   */
  async append(entry: AuditEntry, manager?: EntityManager): Promise<ChainedAuditRecord> {
    if (!manager) return this.dataSource.transaction((own) => this.append(entry, own));
    await manager.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK]);
    const [tip] = (await manager.query('SELECT hash FROM audit_records ORDER BY seq DESC LIMIT 1')) as {
      hash: string;
    }[];
    const prevHash = tip?.hash ?? AUDIT_GENESIS_HASH;
    // Hash what jsonb will give back: a Date is stored as its ISO string, undefined in an array as
    // null, a toJSON() as its result. (Hashing the live objects broke the chain at the first record
    // whose `after` held a Date, e.g. a pipeline definition's view.)
    const normalised: AuditEntry = { ...entry, before: asStoredJson(entry.before), after: asStoredJson(entry.after) };
    const chainVersion = this.keys.currentVersion;
    const hash = this.keys.mac(chainInput(chainVersion, prevHash, normalised));
    const saved = await manager.getRepository(AuditRecordEntity).save({
      ...normalised,
      occurredAt: new Date(normalised.occurredAt),
      chainVersion,
      prevHash,
      hash,
    });
    return toChained(saved);
  }

  async page(query: AuditQuery): Promise<{ items: ChainedAuditRecord[]; total: number }> {
    const builder = this.dataSource.getRepository(AuditRecordEntity).createQueryBuilder('a');
    if (query.objectType) builder.andWhere('a.object_type = :objectType', { objectType: query.objectType });
    if (query.objectId) builder.andWhere('a.object_id = :objectId', { objectId: query.objectId });
    if (query.actorId) builder.andWhere('a.actor_id = :actorId', { actorId: query.actorId });
    if (query.from) builder.andWhere('a.occurred_at >= :from', { from: query.from });
    if (query.to) builder.andWhere('a.occurred_at < :to', { to: query.to });
    if (query.gradingUnitIds) {
      const inUnits = 'SELECT o.id::text FROM organisations o WHERE o.grading_unit_id::text = ANY(:units)';
      builder.andWhere(
        `(a.actor_org IN (${inUnits}) OR (a.object_type = 'organisation' AND a.object_id IN (${inUnits})))`,
        { units: [...query.gradingUnitIds] },
      );
    }
    const [rows, total] = await builder.orderBy('a.seq', 'DESC').skip(query.offset).take(query.limit).getManyAndCount();
    return { items: rows.map(toChained), total };
  }

  /** Of `organisationIds`, the grading units that exist in the registry (their ids). */
  async existingGradingUnits(organisationIds: readonly string[]): Promise<string[]> {
    const rows = (await this.dataSource.query(
      'SELECT id::text AS id FROM organisations WHERE is_grading_unit AND id::text = ANY($1)',
      [[...organisationIds]],
    )) as { id: string }[];
    return rows.map((r) => r.id);
  }

  /** The newest record's seq and hash (the chain's head), or null on an empty trail. */
  async head(): Promise<{ seq: number; hash: string } | null> {
    const [tip] = (await this.dataSource.query('SELECT seq, hash FROM audit_records ORDER BY seq DESC LIMIT 1')) as {
      seq: string;
      hash: string;
    }[];
    return tip ? { seq: Number(tip.seq), hash: tip.hash } : null;
  }

  /** The hash of each of `seqs` that exists. */
  async hashesAt(seqs: readonly number[]): Promise<Map<number, string>> {
    const rows = (await this.dataSource.query('SELECT seq, hash FROM audit_records WHERE seq = ANY($1::bigint[])', [
      seqs.map(String),
    ])) as { seq: string; hash: string }[];
    return new Map(rows.map((r) => [Number(r.seq), r.hash]));
  }

  /**
   * Walks the whole trail in seq order, in batches, recomputing every link with the keys (plain
   * SHA-256 for the records from before the key; after the first keyed record there must be none),
   * and reports the first broken one.
   */
  async verify(
    batchSize = 5_000,
  ): Promise<{ checked: number; firstBroken: { seq: number; problem: AuditChainProblem } | null }> {
    const rows = this.dataSource.getRepository(AuditRecordEntity);
    let position: ChainPosition = CHAIN_START;
    let afterSeq = '0';
    let checked = 0;
    for (;;) {
      const batch = await rows
        .createQueryBuilder('a')
        .where('a.seq > :afterSeq', { afterSeq })
        .orderBy('a.seq', 'ASC')
        .take(batchSize)
        .getMany();
      if (batch.length === 0) return { checked, firstBroken: null };
      const records = batch.map(toChained);
      const broken = verifyAuditChain(records, this.keys.digests, position);
      if (broken) return { checked: checked + records.findIndex((r) => r.seq === broken.seq), firstBroken: broken };
      checked += records.length;
      const last = records[records.length - 1]!;
      position = { previousHash: last.hash, keyed: position.keyed || last.chainVersion !== UNKEYED_CHAIN };
      afterSeq = batch[batch.length - 1]!.seq;
    }
  }
}
