import { Injectable } from '@nestjs/common';
import type { AuditAnchor } from '@cxzy/domain';
import { AuditAnchorStore, AuditRecordRepository } from '@cxzy/persistence';

/**
 * 锚定审计链 — appends the chain's head, MAC'd, to the anchor file (ADR 0018); the worker runs it
 * every AUDIT_ANCHOR_INTERVAL_SECONDS. A head this process anchored already is not written again.
 */
@Injectable()
export class AnchorAuditChainUseCase {
  private lastAnchoredSeq: number | undefined;

  constructor(
    private readonly records: AuditRecordRepository,
    private readonly anchors: AuditAnchorStore,
  ) {}

  /** The anchor written, or null when the trail is empty or its head is anchored already. */
  async execute(): Promise<AuditAnchor | null> {
    const head = await this.records.head();
    if (!head || head.seq === this.lastAnchoredSeq) return null;
    const anchor = await this.anchors.append(head);
    this.lastAnchoredSeq = head.seq;
    return anchor;
  }
}
