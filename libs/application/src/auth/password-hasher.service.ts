import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import bcrypt from 'bcryptjs';
import { APP_CONFIG, type AppConfig } from '@cxzy/config';

/**
 * bcrypt at `PASSWORD_HASH_COST`, and the one way a login checks a password. For a name with no
 * password it compares against a stand-in hash of the same cost, so an unknown user costs the
 * same bcrypt work as a known one (issue #22: a stand-in of cost 4 answered in 0.015 s instead of
 * 0.3 s, telling accounts apart). The stand-in is made once, at start, off the request path.
 */
@Injectable()
export class PasswordHasher {
  private readonly standIn: Promise<string>;

  constructor(@Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'PASSWORD_HASH_COST'>) {
    // A random secret nobody can type: the comparison is made for its cost, never to succeed.
    this.standIn = bcrypt.hash(randomBytes(32).toString('base64url'), config.PASSWORD_HASH_COST);
  }

  hash(password: string): Promise<string> {
    return bcrypt.hash(password, this.config.PASSWORD_HASH_COST);
  }

  /** Whether `password` matches `hash`; with no hash, the same work against the stand-in, and false. */
  async verify(password: string, hash: string | null): Promise<boolean> {
    const matches = await bcrypt.compare(password, hash ?? (await this.standIn));
    return hash !== null && matches;
  }

  /** The hash an unknown name is compared against (its cost is what the unit test checks). */
  standInHash(): Promise<string> {
    return this.standIn;
  }
}
