import { Injectable } from '@nestjs/common';
import { DomainError, notAuthenticated } from '@cxzy/domain';
import { RatingTokenRepository } from '@cxzy/persistence';
import { RATING_AUDIENCE } from './auth-tokens.js';
import { TokenSigner } from './token-signer.service.js';

const MAX_TOKENS_PER_ISSUE = 5_000;

/**
 * 群众评议 tokens: the public never logs in. Each token is signed, expires, is bound to one
 * evaluation and is spent exactly once (the database row is used up atomically).
 */
@Injectable()
export class RatingTokenUseCases {
  constructor(
    private readonly tokens: RatingTokenRepository,
    private readonly signer: TokenSigner,
  ) {}

  async issue(evaluationRef: string, count: number, ttlHours: number): Promise<string[]> {
    if (!Number.isInteger(count) || count < 1 || count > MAX_TOKENS_PER_ISSUE) {
      throw new DomainError(
        'RATING_TOKEN_COUNT',
        'invalid',
        { zhCN: `一次可发放 1–${MAX_TOKENS_PER_ISSUE} 个`, en: `issue 1–${MAX_TOKENS_PER_ISSUE} tokens at a time` },
        'count',
      );
    }
    const ids = await this.tokens.issue(evaluationRef, new Date(Date.now() + ttlHours * 3_600_000), count);
    return Promise.all(
      ids.map((jti) => this.signer.sign({ jti, ev: evaluationRef }, RATING_AUDIENCE, ttlHours * 3600)),
    );
  }

  /**
   * Checks `token` is signed, unexpired and for `evaluationRef` without spending it (401 / 403):
   * done first, so a caller without a valid token learns nothing of the evaluation's state.
   */
  async verify(token: string, evaluationRef: string): Promise<{ jti?: unknown }> {
    const claims = await this.signer.verify(token, RATING_AUDIENCE);
    if (claims['ev'] !== evaluationRef) throw wrongEvaluation();
    return claims;
  }

  /** Spends `token` on `evaluationRef`, or refuses: forged/expired 401, another evaluation 403, spent 409. */
  async redeem(token: string, evaluationRef: string): Promise<void> {
    const claims = await this.verify(token, evaluationRef);
    const outcome = await this.tokens.redeem(String(claims.jti), evaluationRef);
    if (outcome === 'redeemed') return;
    if (outcome === 'used') {
      throw new DomainError(
        'RATING_TOKEN_USED',
        'conflict',
        { zhCN: '该评议码已使用', en: 'this rating token has been used' },
        'token',
      );
    }
    if (outcome === 'wrong-evaluation') throw wrongEvaluation();
    throw notAuthenticated(outcome === 'expired' ? 'rating token expired' : 'rating token unknown');
  }
}

const wrongEvaluation = () =>
  new DomainError(
    'RATING_TOKEN_WRONG_EVALUATION',
    'forbidden',
    { zhCN: '该评议码不属于此次评议', en: 'this rating token belongs to another evaluation' },
    'token',
  );
