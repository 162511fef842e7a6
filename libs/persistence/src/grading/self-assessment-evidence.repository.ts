import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/** An evidence file as listed: everything but its content. */
export interface EvidenceFileRecord {
  readonly id: string;
  readonly roundId: string;
  readonly organisationId: string;
  readonly itemKey: string | null;
  readonly fileName: string;
  readonly contentType: string;
  readonly sizeBytes: number;
  readonly uploadedBy: string;
  readonly uploadedAt: string;
}

interface EvidenceRow {
  id: string;
  round_id: string;
  organisation_id: string;
  item_key: string | null;
  file_name: string;
  content_type: string;
  size_bytes: number;
  uploaded_by: string;
  uploaded_at: Date;
}

const COLUMNS =
  'id, round_id, organisation_id, item_key, file_name, content_type, size_bytes, uploaded_by, uploaded_at';
const toRecord = (r: EvidenceRow): EvidenceFileRecord => ({
  id: r.id,
  roundId: r.round_id,
  organisationId: r.organisation_id,
  itemKey: r.item_key,
  fileName: r.file_name,
  contentType: r.content_type,
  sizeBytes: r.size_bytes,
  uploadedBy: r.uploaded_by,
  uploadedAt: r.uploaded_at.toISOString(),
});

/** 佐证材料 of a branch's self-assessment in a round (append-only; the content is read only to download). */
@Injectable()
export class SelfAssessmentEvidenceRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(
    manager: EntityManager,
    file: {
      roundId: string;
      organisationId: string;
      itemKey: string | null;
      fileName: string;
      contentType: string;
      content: Buffer;
      uploadedBy: string;
    },
  ): Promise<EvidenceFileRecord> {
    const [row] = (await manager.query(
      `INSERT INTO self_assessment_evidence (round_id, organisation_id, item_key, file_name, content_type, size_bytes,
                                             content, uploaded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${COLUMNS}`,
      [
        file.roundId,
        file.organisationId,
        file.itemKey,
        file.fileName,
        file.contentType,
        file.content.length,
        file.content,
        file.uploadedBy,
      ],
    )) as EvidenceRow[];
    return toRecord(row!);
  }

  async listOf(roundId: string, organisationId: string): Promise<EvidenceFileRecord[]> {
    const rows: EvidenceRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM self_assessment_evidence WHERE round_id = $1 AND organisation_id = $2
       ORDER BY uploaded_at, id`,
      [roundId, organisationId],
    );
    return rows.map(toRecord);
  }

  /** One file with its content, only if it belongs to the branch in the round. */
  async find(
    roundId: string,
    organisationId: string,
    id: string,
  ): Promise<(EvidenceFileRecord & { content: Buffer }) | null> {
    const rows: (EvidenceRow & { content: Buffer })[] = await this.dataSource.query(
      `SELECT ${COLUMNS}, content FROM self_assessment_evidence WHERE round_id = $1 AND organisation_id = $2 AND id = $3`,
      [roundId, organisationId, id],
    );
    const row = rows[0];
    return row ? { ...toRecord(row), content: row.content } : null;
  }

  /** Which of `ids` are evidence of the branch in the round. */
  async existing(roundId: string, organisationId: string, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM self_assessment_evidence WHERE round_id = $1 AND organisation_id = $2 AND id = ANY($3::uuid[])`,
      [roundId, organisationId, ids],
    );
    return new Set(rows.map((r) => r.id));
  }
}
