import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Member, MemberCategory, MemberImportUsers, OrganisationKind, ReadScope } from '@cxzy/domain';
import { returnedRows } from '../auth/returned-rows.util.js';
import { lockRegistry } from '../registry-lock.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
import { WhereBuilder, type Page, type PageRequest } from '../page.js';
import { whereInScope } from '../organisation/read-scope.sql.js';

export interface MemberFilter extends PageRequest {
  readonly organisationId?: string;
  /** Materialised path of a subtree's root: members of any organisation in it. */
  readonly subtreePath?: string;
  readonly category?: MemberCategory;
  /** Only members of organisations the caller may see (their own organisation `o`). */
  readonly scope?: ReadScope;
}

/** A member with the codes and names of the organisations it names; personal data still raw (mask before showing). */
export interface MemberRecord extends Member {
  readonly organisationCode: string;
  readonly organisationName: string;
  readonly hostOrganisationCode: string | null;
}

export interface MemberImportContext {
  readonly organisationsByCode: ReadonlyMap<string, { id: string; kind: OrganisationKind }>;
  readonly existing: Member[];
  /** The users the file's `username` column names, and the users the stored members are linked to. */
  readonly users: MemberImportUsers;
}

interface MemberRow {
  id: string;
  id_number: string;
  name: string;
  organisation_id: string;
  category: MemberCategory;
  post: string | null;
  host_organisation_id: string | null;
  pledge_exempt: boolean;
  phone: string | null;
}

const toMember = (row: MemberRow): Member => ({
  id: row.id,
  idNumber: row.id_number,
  name: row.name,
  organisationId: row.organisation_id,
  category: row.category,
  post: row.post,
  hostOrganisationId: row.host_organisation_id,
  pledgeExempt: row.pledge_exempt,
  phone: row.phone,
});

@Injectable()
export class MemberRepository {
  constructor(private readonly dataSource: DataSource) {}

  async list(filter: MemberFilter): Promise<Page<MemberRecord>> {
    const where = new WhereBuilder();
    if (filter.organisationId !== undefined) where.add('m.organisation_id = ?', filter.organisationId);
    if (filter.subtreePath !== undefined) where.add('o.path LIKE ?', `${filter.subtreePath}%`);
    if (filter.category !== undefined) where.add('m.category = ?', filter.category);
    if (filter.scope !== undefined) whereInScope(where, 'o', filter.scope);
    const from = 'FROM members m JOIN organisations o ON o.id = m.organisation_id';
    const [{ total }] = (await this.dataSource.query(
      `SELECT count(*)::int AS total ${from} ${where.sql}`,
      where.params,
    )) as [{ total: number }];
    const limit = where.param(filter.pageSize);
    const offset = where.param((filter.page - 1) * filter.pageSize);
    const rows: (MemberRow & { organisation_code: string; organisation_name: string; host_code: string | null })[] =
      await this.dataSource.query(
        `SELECT m.*, o.code AS organisation_code, o.name AS organisation_name, h.code AS host_code
         ${from} LEFT JOIN organisations h ON h.id = m.host_organisation_id
         ${where.sql} ORDER BY o.code, m.name, m.id LIMIT ${limit} OFFSET ${offset}`,
        where.params,
      );
    return {
      items: rows.map((r) => ({
        ...toMember(r),
        organisationCode: r.organisation_code,
        organisationName: r.organisation_name,
        hostOrganisationCode: r.host_code,
      })),
      total,
    };
  }

  /** The members with these ids (unknown ids are left out). */
  async findByIds(ids: readonly string[]): Promise<Member[]> {
    if (ids.length === 0) return [];
    const rows: MemberRow[] = await this.dataSource.query('SELECT * FROM members WHERE id = ANY($1::uuid[])', [ids]);
    return rows.map(toMember);
  }

  /** The users these members sign in as (members linked to none, and ids that are no member id, are left out). */
  async userIdsOf(memberIds: readonly string[]): Promise<string[]> {
    memberIds = memberIds.filter((id) => UUID.test(id));
    if (memberIds.length === 0) return [];
    const rows: { user_id: string }[] = await this.dataSource.query(
      'SELECT user_id FROM members WHERE id = ANY($1::uuid[]) AND user_id IS NOT NULL',
      [memberIds],
    );
    return rows.map((r) => r.user_id);
  }

  /** The organisations (and hosting organisations) of the stored members with these ID numbers. */
  async organisationIdsOfIdNumbers(idNumbers: readonly string[]): Promise<string[]> {
    if (idNumbers.length === 0) return [];
    const rows: { organisation_id: string; host_organisation_id: string | null }[] = await this.dataSource.query(
      'SELECT organisation_id, host_organisation_id FROM members WHERE id_number = ANY($1::varchar[])',
      [idNumbers],
    );
    return [
      ...new Set(rows.flatMap((r) => [r.organisation_id, ...(r.host_organisation_id ? [r.host_organisation_id] : [])])),
    ];
  }

  /** The member a user is linked to, if any. */
  async linkedTo(
    userId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ id: string; organisationId: string } | null> {
    const rows: { id: string; organisation_id: string }[] = await manager.query(
      'SELECT id, organisation_id FROM members WHERE user_id = $1',
      [userId],
    );
    return rows[0] ? { id: rows[0].id, organisationId: rows[0].organisation_id } : null;
  }

  /**
   * Links `memberId` to `userId` (the user's previous member, if another, is unlinked), or unlinks
   * the user when `memberId` is null. False when the member is linked to another user already.
   */
  async linkUser(manager: EntityManager, userId: string, memberId: string | null): Promise<boolean> {
    await manager.query(
      'UPDATE members SET user_id = NULL, updated_at = now() WHERE user_id = $1 AND id IS DISTINCT FROM $2::uuid',
      [userId, memberId],
    );
    if (memberId === null) return true;
    const rows = returnedRows<{ id: string }>(
      await manager.query(
        `UPDATE members SET user_id = $1, updated_at = now()
         WHERE id = $2 AND (user_id IS NULL OR user_id = $1) RETURNING id`,
        [userId, memberId],
      ),
    );
    return rows.length === 1;
  }

  /** Ids of the members whose organisational relationship is at the organisation, or who are hosted there (流动党员). */
  async idsAt(organisationId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      'SELECT id FROM members WHERE organisation_id = $1 OR host_organisation_id = $1',
      [organisationId],
    );
    return rows.map((r) => r.id);
  }

  /**
   * 批量导入党员 in one transaction under the registry lock (organisations cannot change meanwhile):
   * loads the organisations and stored members the file names, runs `plan`, writes its rows unless `dryRun`.
   */
  importWith<P extends { toWrite: readonly Member[] }>(
    names: { organisationCodes: string[]; idNumbers: string[]; usernames?: string[] },
    plan: (context: MemberImportContext) => P,
    dryRun: boolean,
    /** Writes what follows the rows (user links and their audit records), in the same transaction. */
    afterWrite?: (manager: EntityManager, result: P) => Promise<void>,
  ): Promise<P> {
    return this.dataSource.transaction(async (manager) => {
      await lockRegistry(manager);
      const orgs: { id: string; code: string; kind: OrganisationKind }[] = await manager.query(
        'SELECT id, code, kind FROM organisations WHERE code = ANY($1)',
        [names.organisationCodes],
      );
      const existing: (MemberRow & { user_id: string | null })[] = await manager.query(
        'SELECT * FROM members WHERE id_number = ANY($1)',
        [names.idNumbers],
      );
      const users: { id: string; username: string; member_id: string | null }[] = await manager.query(
        `SELECT u.id, u.username, m.id AS member_id FROM users u LEFT JOIN members m ON m.user_id = u.id
         WHERE u.username = ANY($1::text[])`,
        [names.usernames ?? []],
      );
      const result = plan({
        organisationsByCode: new Map(orgs.map((o) => [o.code, { id: o.id, kind: o.kind }])),
        existing: existing.map(toMember),
        users: {
          byName: new Map(users.map((u) => [u.username, { id: u.id, linkedMemberId: u.member_id }])),
          userOfMember: new Map(existing.filter((m) => m.user_id !== null).map((m) => [m.id, m.user_id!])),
        },
      });
      if (!dryRun) {
        await upsertMembers(manager, result.toWrite);
        await afterWrite?.(manager, result);
      }
      return result;
    });
  }
}

/** One statement for any number of rows (arrays through `unnest`), like the organisations' import. */
async function upsertMembers(manager: EntityManager, rows: readonly Member[]): Promise<void> {
  if (rows.length === 0) return;
  await manager.query(
    `INSERT INTO members (id, id_number, name, organisation_id, category, post, host_organisation_id, pledge_exempt, phone)
     SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::text[], $4::uuid[], $5::varchar[], $6::text[], $7::uuid[],
                          $8::boolean[], $9::varchar[])
     ON CONFLICT (id) DO UPDATE SET
       name = EXCLUDED.name, organisation_id = EXCLUDED.organisation_id, category = EXCLUDED.category,
       post = EXCLUDED.post, host_organisation_id = EXCLUDED.host_organisation_id,
       pledge_exempt = EXCLUDED.pledge_exempt, phone = EXCLUDED.phone, updated_at = now()`,
    [
      rows.map((r) => r.id),
      rows.map((r) => r.idNumber),
      rows.map((r) => r.name),
      rows.map((r) => r.organisationId),
      rows.map((r) => r.category),
      rows.map((r) => r.post),
      rows.map((r) => r.hostOrganisationId),
      rows.map((r) => r.pledgeExempt),
      rows.map((r) => r.phone),
    ],
  );
}
