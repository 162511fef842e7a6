import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { ServiceBoardContent, ServiceStandard } from '@cxzy/domain';

/** A member as the unit's 三亮 page shows them: the registry's name, the published identity. */
export interface PublicIdentityRecord {
  readonly memberId: string;
  readonly name: string;
  readonly post: string;
  readonly partyBadge: boolean;
  readonly responsibilityArea: string | null;
}

export interface ServiceBoardRecord {
  readonly standards: readonly ServiceStandard[];
  readonly members: readonly PublicIdentityRecord[];
  /** null: the unit has not published its standards and identities yet. */
  readonly updatedAt: string | null;
}

/** 三亮 storage: a unit's service standards and its members' public identity, replaced as a whole. */
@Injectable()
export class ServiceBoardRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The unit's content in order. Identities of members who have since left the unit are not shown
   * (the registry moved them; the unit publishes them again where they are).
   */
  async read(organisationId: string, manager?: EntityManager): Promise<ServiceBoardRecord> {
    const db = manager ?? this.dataSource;
    const [board] = (await db.query('SELECT updated_at FROM service_boards WHERE organisation_id = $1', [
      organisationId,
    ])) as { updated_at: Date }[];
    const standards = (await db.query(
      `SELECT item, process, time_limit FROM service_standards WHERE organisation_id = $1 ORDER BY position`,
      [organisationId],
    )) as { item: string; process: string[]; time_limit: string }[];
    const members = (await db.query(
      `SELECT i.member_id, m.name, i.post, i.party_badge, i.responsibility_area
         FROM member_public_identities i JOIN members m ON m.id = i.member_id
         AND i.organisation_id IN (m.organisation_id, m.host_organisation_id)
        WHERE i.organisation_id = $1 ORDER BY i.position`,
      [organisationId],
    )) as { member_id: string; name: string; post: string; party_badge: boolean; responsibility_area: string | null }[];
    return {
      standards: standards.map((s) => ({ item: s.item, process: s.process, timeLimit: s.time_limit })),
      members: members.map((m) => ({
        memberId: m.member_id,
        name: m.name,
        post: m.post,
        partyBadge: m.party_badge,
        responsibilityArea: m.responsibility_area,
      })),
      updatedAt: board ? board.updated_at.toISOString() : null,
    };
  }

  /**
   * Replaces the unit's content in the caller's transaction. The upsert of the board row locks it
   * first, so two editors of one unit apply one after the other (the last one's content stands).
   */
  async replace(
    manager: EntityManager,
    organisationId: string,
    content: ServiceBoardContent,
    updatedBy: string,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO service_boards (organisation_id, updated_by) VALUES ($1, $2)
       ON CONFLICT (organisation_id) DO UPDATE SET updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [organisationId, updatedBy],
    );
    await manager.query('DELETE FROM service_standards WHERE organisation_id = $1', [organisationId]);
    await manager.query('DELETE FROM member_public_identities WHERE organisation_id = $1', [organisationId]);
    if (content.standards.length > 0) {
      await manager.query(
        `INSERT INTO service_standards (organisation_id, position, item, process, time_limit)
         SELECT $1, e.n - 1, e.s->>'item', ARRAY(SELECT jsonb_array_elements_text(e.s->'process')), e.s->>'timeLimit'
           FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS e(s, n)`,
        [organisationId, JSON.stringify(content.standards)],
      );
    }
    if (content.members.length > 0) {
      // A member listed by another unit before (the registry moved them) is taken over by this one.
      await manager.query(
        `INSERT INTO member_public_identities (member_id, organisation_id, position, post, party_badge, responsibility_area)
         SELECT (e.m->>'memberId')::uuid, $1, e.n - 1, e.m->>'post', (e.m->>'partyBadge')::boolean,
                e.m->>'responsibilityArea'
           FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS e(m, n)
         ON CONFLICT (member_id) DO UPDATE SET organisation_id = EXCLUDED.organisation_id, position = EXCLUDED.position,
           post = EXCLUDED.post, party_badge = EXCLUDED.party_badge, responsibility_area = EXCLUDED.responsibility_area`,
        [organisationId, JSON.stringify(content.members)],
      );
    }
  }
}
