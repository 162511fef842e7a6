import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 三亮 (issue 11, document 2): what a unit publishes on its public page besides its pledges — its
 * service standards (服务事项, 工作流程, 办结时限) and its members' public identity (岗位, 党员身份,
 * 党员责任区). Only what a public page may show: the member is referenced, never copied with an ID
 * or phone number; the name comes from the registry when the page is read.
 */
export class ServiceBoards1765800000000 implements MigrationInterface {
  name = 'ServiceBoards1765800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE service_boards (
        organisation_id uuid PRIMARY KEY REFERENCES organisations (id),
        updated_by text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE service_standards (
        organisation_id uuid NOT NULL REFERENCES service_boards (organisation_id),
        position smallint NOT NULL CHECK (position >= 0),
        item text NOT NULL CHECK (btrim(item) <> '' AND char_length(item) <= 100),
        process text[] NOT NULL CHECK (cardinality(process) BETWEEN 1 AND 20),
        time_limit text NOT NULL CHECK (btrim(time_limit) <> '' AND char_length(time_limit) <= 50),
        PRIMARY KEY (organisation_id, position)
      )`);
    await db.query(`
      CREATE TABLE member_public_identities (
        member_id uuid PRIMARY KEY REFERENCES members (id),
        organisation_id uuid NOT NULL REFERENCES service_boards (organisation_id),
        position smallint NOT NULL CHECK (position >= 0),
        post text NOT NULL CHECK (btrim(post) <> '' AND char_length(post) <= 50),
        party_badge boolean NOT NULL,
        responsibility_area text NULL CHECK (char_length(responsibility_area) <= 100),
        CONSTRAINT uq_member_public_identities_position UNIQUE (organisation_id, position)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE member_public_identities`);
    await db.query(`DROP TABLE service_standards`);
    await db.query(`DROP TABLE service_boards`);
  }
}
