import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { returnedRows } from './returned-rows.util.js';

export type RedeemOutcome = 'redeemed' | 'unknown' | 'wrong-evaluation' | 'expired' | 'used';

/** 群众评议 tokens: one row per issued token, spent exactly once by an atomic update. */
@Injectable()
export class RatingTokenRepository {
  constructor(private readonly dataSource: DataSource) {}

  async issue(evaluationRef: string, expiresAt: Date, count: number): Promise<string[]> {
    const rows = (await this.dataSource.query(
      `INSERT INTO rating_tokens (evaluation_ref, expires_at) SELECT $1, $2 FROM generate_series(1, $3) RETURNING id`,
      [evaluationRef, expiresAt, count],
    )) as { id: string }[];
    return rows.map((r) => r.id);
  }

  async redeem(id: string, evaluationRef: string): Promise<RedeemOutcome> {
    const spent = returnedRows(
      await this.dataSource.query(
        `UPDATE rating_tokens SET used_at = now()
         WHERE id = $1 AND evaluation_ref = $2 AND used_at IS NULL AND expires_at > now() RETURNING id`,
        [id, evaluationRef],
      ),
    );
    if (spent.length > 0) return 'redeemed';
    const [row] = (await this.dataSource.query(
      `SELECT evaluation_ref, expires_at, used_at FROM rating_tokens WHERE id = $1`,
      [id],
    )) as {
      evaluation_ref: string;
      expires_at: Date;
      used_at: Date | null;
    }[];
    if (!row) return 'unknown';
    if (row.evaluation_ref !== evaluationRef) return 'wrong-evaluation';
    if (row.used_at) return 'used';
    return 'expired';
  }
}
