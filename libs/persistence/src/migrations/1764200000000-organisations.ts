import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Organisations on two lines (条块), sectors, members, users and their roles (issue 4).
 * `organisations.path` is the materialised territorial path `/<root id>/…/<own id>/`, maintained by
 * the import, so a subtree is one index range scan (`path LIKE '<path>%'`).
 */
export class Organisations1764200000000 implements MigrationInterface {
  name = 'Organisations1764200000000';

  async up(db: QueryRunner): Promise<void> {
    // Trigram indexes make the list's text search on name/code an index scan at province scale.
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await db.query(`
      CREATE TABLE sectors (
        code varchar(40) PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9-]{1,39}$'),
        name_zh_cn text NOT NULL CHECK (btrim(name_zh_cn) <> ''),
        name_en text NOT NULL CHECK (btrim(name_en) <> ''),
        builtin boolean NOT NULL DEFAULT false,
        -- Display order: the documents' order for the seeded ones, then in the order they were added.
        position integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      INSERT INTO sectors (code, name_zh_cn, name_en, builtin, position) VALUES
        ('village', '行政村', 'village', true, 1),
        ('urban-community', '城市社区', 'urban community', true, 2),
        ('agency', '机关事业单位', 'agency or public institution', true, 3),
        ('soe-finance', '国有企业和金融机构', 'state-owned enterprise or financial institution', true, 4),
        ('non-public-enterprise', '非公有制经济组织', 'non-public enterprise', true, 5),
        ('social-organisation', '社会组织', 'social organisation', true, 6),
        ('university', '高等学校', 'university', true, 7),
        ('window-service', '窗口单位和服务行业', 'window unit or service trade', true, 8)`);

    await db.query(`
      CREATE TABLE organisations (
        id uuid PRIMARY KEY,
        code varchar(64) NOT NULL CONSTRAINT uq_organisations_code UNIQUE,
        name text NOT NULL,
        kind varchar(16) NOT NULL CHECK (kind IN ('committee', 'general-branch', 'branch', 'group')),
        sector_code varchar(40) NOT NULL REFERENCES sectors (code),
        territorial_parent_id uuid NULL REFERENCES organisations (id),
        vertical_department_id uuid NULL REFERENCES organisations (id),
        management_mode smallint NOT NULL CHECK (management_mode IN (1, 2, 3)),
        grading_unit_id uuid NOT NULL REFERENCES organisations (id),
        is_grading_unit boolean NOT NULL,
        path text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_organisations_vertical_needed CHECK (management_mode = 1 OR vertical_department_id IS NOT NULL),
        CONSTRAINT ck_organisations_grading_unit CHECK (NOT is_grading_unit OR (grading_unit_id = id AND kind = 'committee')),
        CONSTRAINT ck_organisations_not_own_parent CHECK (territorial_parent_id <> id AND vertical_department_id <> id),
        CONSTRAINT ck_organisations_path_ends_with_id CHECK (right(path, 38) = '/' || id::text || '/')
      )`);
    await db.query(`CREATE INDEX ix_organisations_path ON organisations (path text_pattern_ops)`);
    await db.query(`CREATE INDEX ix_organisations_sector ON organisations (sector_code, code)`);
    await db.query(`CREATE INDEX ix_organisations_territorial_parent ON organisations (territorial_parent_id)`);
    await db.query(`CREATE INDEX ix_organisations_vertical_department ON organisations (vertical_department_id)`);
    await db.query(`CREATE INDEX ix_organisations_grading_unit ON organisations (grading_unit_id)`);
    await db.query(`CREATE INDEX ix_organisations_name_trgm ON organisations USING gin (name gin_trgm_ops)`);
    await db.query(`CREATE INDEX ix_organisations_code_trgm ON organisations USING gin (code gin_trgm_ops)`);

    await db.query(`
      CREATE TABLE members (
        id uuid PRIMARY KEY,
        id_number varchar(18) NOT NULL CONSTRAINT uq_members_id_number UNIQUE,
        name text NOT NULL,
        organisation_id uuid NOT NULL REFERENCES organisations (id),
        category varchar(16) NOT NULL CHECK (category IN ('regular', 'no-fixed-post', 'mobile', 'elderly-infirm')),
        post text NULL,
        host_organisation_id uuid NULL REFERENCES organisations (id),
        pledge_exempt boolean NOT NULL DEFAULT false,
        phone varchar(20) NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_members_post_set CHECK (category <> 'no-fixed-post' OR post IS NOT NULL),
        CONSTRAINT ck_members_host_for_mobile CHECK ((category = 'mobile') = (host_organisation_id IS NOT NULL)),
        CONSTRAINT ck_members_host_elsewhere CHECK (host_organisation_id <> organisation_id),
        CONSTRAINT ck_members_exempt_elderly CHECK (NOT pledge_exempt OR category = 'elderly-infirm')
      )`);
    await db.query(`CREATE INDEX ix_members_organisation ON members (organisation_id, category)`);
    await db.query(
      `CREATE INDEX ix_members_host_organisation ON members (host_organisation_id) WHERE host_organisation_id IS NOT NULL`,
    );

    await db.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        username varchar(64) NOT NULL CONSTRAINT uq_users_username UNIQUE,
        display_name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE user_roles (
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        role varchar(24) NOT NULL CHECK (role IN ('administrator', 'supervisor', 'branch-secretary', 'member')),
        organisation_id uuid NOT NULL REFERENCES organisations (id),
        PRIMARY KEY (user_id, role, organisation_id)
      )`);
    await db.query(`CREATE INDEX ix_user_roles_organisation ON user_roles (organisation_id, role)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE user_roles`);
    await db.query(`DROP TABLE users`);
    await db.query(`DROP TABLE members`);
    await db.query(`DROP TABLE organisations`);
    await db.query(`DROP TABLE sectors`);
  }
}
