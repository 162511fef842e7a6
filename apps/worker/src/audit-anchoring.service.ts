import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@cxzy/config';
import { AnchorAuditChainUseCase } from '@cxzy/application';

/**
 * Anchors the audit chain's head every AUDIT_ANCHOR_INTERVAL_SECONDS (ADR 0018). A plain timer, not
 * a Temporal Schedule: the anchor goes to this host's AUDIT_ANCHOR_DIR, a missed tick costs nothing
 * (the next one covers it), and several workers anchoring the same head is harmless.
 */
@Injectable()
export class AuditAnchoringService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('AuditAnchors');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly anchorChain: AnchorAuditChainUseCase,
  ) {}

  onApplicationBootstrap(): void {
    const seconds = this.config.AUDIT_ANCHOR_INTERVAL_SECONDS;
    if (seconds === 0) return;
    this.timer = setInterval(() => {
      this.running = this.anchorChain.execute().catch((error: unknown) => {
        // Reported, not fatal: the chain itself is still MAC'd; the next tick tries again.
        this.logger.error(`could not anchor the audit chain: ${(error as Error).message}`);
      });
    }, seconds * 1000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
