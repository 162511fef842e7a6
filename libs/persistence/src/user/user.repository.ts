import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Role } from '@cxzy/domain';
import type { Page, PageRequest } from '../page.js';

export interface UserRecord {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly roles: { role: Role; organisationId: string; organisationCode: string; organisationName: string }[];
}

interface UserRow {
  id: string;
  username: string;
  display_name: string;
  roles: UserRecord['roles'];
}

const SELECT_USERS = `
  SELECT u.id, u.username, u.display_name,
         coalesce(json_agg(json_build_object('role', r.role, 'organisationId', o.id, 'organisationCode', o.code,
                                             'organisationName', o.name) ORDER BY o.code, r.role)
                  FILTER (WHERE r.role IS NOT NULL), '[]') AS roles
  FROM users u
  LEFT JOIN user_roles r ON r.user_id = u.id
  LEFT JOIN organisations o ON o.id = r.organisation_id`;

const toRecord = (row: UserRow): UserRecord => ({
  id: row.id,
  username: row.username,
  displayName: row.display_name,
  roles: row.roles,
});

@Injectable()
export class UserRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * A page of users. With `gradingUnitIds` (an administrator's scope): only users holding a role at
   * an organisation of those grading units, each with those roles only; null: everybody, every role.
   */
  async list(request: PageRequest, gradingUnitIds: readonly string[] | null = null): Promise<Page<UserRecord>> {
    if (gradingUnitIds === null) {
      const [{ total }] = (await this.dataSource.query('SELECT count(*)::int AS total FROM users')) as [
        { total: number },
      ];
      const rows: UserRow[] = await this.dataSource.query(
        `${SELECT_USERS} GROUP BY u.id ORDER BY u.username LIMIT $1 OFFSET $2`,
        [request.pageSize, (request.page - 1) * request.pageSize],
      );
      return { items: rows.map(toRecord), total };
    }
    const inUnits = `(CASE WHEN o.is_grading_unit THEN o.id ELSE o.grading_unit_id END) = ANY($1::uuid[])`;
    const [{ total }] = (await this.dataSource.query(
      `SELECT count(DISTINCT r.user_id)::int AS total
       FROM user_roles r JOIN organisations o ON o.id = r.organisation_id WHERE ${inUnits}`,
      [gradingUnitIds],
    )) as [{ total: number }];
    const rows: UserRow[] = await this.dataSource.query(
      `SELECT u.id, u.username, u.display_name,
              json_agg(json_build_object('role', r.role, 'organisationId', o.id, 'organisationCode', o.code,
                                         'organisationName', o.name) ORDER BY o.code, r.role) AS roles
       FROM users u
       JOIN user_roles r ON r.user_id = u.id
       JOIN organisations o ON o.id = r.organisation_id
       WHERE ${inUnits}
       GROUP BY u.id ORDER BY u.username LIMIT $2 OFFSET $3`,
      [gradingUnitIds, request.pageSize, (request.page - 1) * request.pageSize],
    );
    return { items: rows.map(toRecord), total };
  }

  async findById(id: string): Promise<UserRecord | null> {
    const rows: UserRow[] = await this.dataSource.query(`${SELECT_USERS} WHERE u.id = $1 GROUP BY u.id`, [id]);
    return rows[0] ? toRecord(rows[0]) : null;
  }

  async findByUsername(username: string): Promise<UserRecord | null> {
    const rows: UserRow[] = await this.dataSource.query(`${SELECT_USERS} WHERE u.username = $1 GROUP BY u.id`, [
      username,
    ]);
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /**
   * Creates the user or renames it, and makes its roles exactly `roles`, in one transaction (the
   * caller's `manager`, so its audit record commits with it, or one of its own).
   */
  async save(
    user: { username: string; displayName: string; roles: { role: Role; organisationId: string }[] },
    manager?: EntityManager,
  ): Promise<void> {
    const write = async (manager: EntityManager) => {
      const [{ id }] = (await manager.query(
        `INSERT INTO users (username, display_name) VALUES ($1, $2)
         ON CONFLICT (username) DO UPDATE SET display_name = EXCLUDED.display_name,
           updated_at = CASE WHEN users.display_name = EXCLUDED.display_name THEN users.updated_at ELSE now() END
         RETURNING id`,
        [user.username, user.displayName],
      )) as [{ id: string }];
      await manager.query('DELETE FROM user_roles WHERE user_id = $1', [id]);
      if (user.roles.length === 0) return;
      await manager.query(
        `INSERT INTO user_roles (user_id, role, organisation_id)
         SELECT $1, role, organisation_id FROM unnest($2::varchar[], $3::uuid[]) AS r(role, organisation_id)
         ON CONFLICT DO NOTHING`,
        [id, user.roles.map((r) => r.role), user.roles.map((r) => r.organisationId)],
      );
    };
    await (manager ? write(manager) : this.dataSource.transaction(write));
  }

  /** Usernames of the people holding one of the roles at each organisation, with that organisation. */
  async holdersOf(
    targets: readonly { organisationId: string; roles: readonly Role[] }[],
  ): Promise<{ username: string; organisationId: string }[]> {
    const pairs = targets.flatMap((t) => t.roles.map((role) => ({ organisationId: t.organisationId, role })));
    if (pairs.length === 0) return [];
    const rows: { username: string; organisation_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT u.username, r.organisation_id
       FROM user_roles r
       JOIN unnest($1::uuid[], $2::varchar[]) AS t(organisation_id, role) ON r.organisation_id = t.organisation_id AND r.role = t.role
       JOIN users u ON u.id = r.user_id
       ORDER BY u.username`,
      [pairs.map((p) => p.organisationId), pairs.map((p) => p.role)],
    );
    return rows.map((r) => ({ username: r.username, organisationId: r.organisation_id }));
  }
}
