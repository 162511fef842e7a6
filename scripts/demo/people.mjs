// @ts-check
// The people of the demo county, acting as themselves: each logs in with their password
// (POST /auth/login) and calls the API with their own access token, so the demo follows exactly the
// access rules a real user meets. The first administrator and the security administrator of each
// grading unit are made the way a new deployment makes them — `npm run admin:create` on the server
// (docs/security.md, "Bootstrap") — and every other user is saved, and given the demo password, by
// the security administrator of their unit (三员分立, ADR 0023).
import { runAdminCreate } from '../devkit/admin-create.mjs';
import { machineDevSecretsFile } from '../devkit/dev-secrets.mjs';
import { callerWith, ok, pause } from './http.mjs';

/** @typedef {import('./http.mjs').Caller} Caller */
/** @typedef {{ role: string, organisationCode: string }} RoleAssignment */
/** @typedef {{ username: string, displayName: string, roles: RoleAssignment[] }} DemoUser */

export class DemoPeople {
  /** @type {Map<string, Caller>} */
  #signedIn = new Map();

  /**
   * @param {string} apiUrl
   * @param {string} password every demo user's password (printed for the console log-ins)
   * @param {NodeJS.ProcessEnv} serverEnv the environment of the server side (DATABASE_URL …) for admin:create
   */
  constructor(apiUrl, password, serverEnv) {
    this.apiUrl = apiUrl;
    this.password = password;
    this.serverEnv = serverEnv;
    /** @type {Caller} the public: no log-in */
    this.public = callerWith(apiUrl, null, 'public');
  }

  /**
   * `npm run admin:create` for one of a grading unit's administrators (`role`: the system
   * administrator by default, or its security or audit administrator); an existing one is kept (the
   * command never takes over an account), so a second run of the demo goes on with it.
   * @param {DemoUser} administrator @param {{ code: string, name: string }} unit
   * @param {'administrator' | 'security-administrator' | 'audit-administrator'} [role]
   * @returns {'created' | 'existing'}
   */
  createAdministrator(administrator, unit, role = 'administrator') {
    return runAdminCreate({
      username: administrator.username,
      role,
      unitCode: unit.code,
      unitName: unit.name,
      displayName: administrator.displayName,
      password: this.password,
      env: { ...this.serverEnv, LOG_LEVEL: 'error' },
    });
  }

  /**
   * The person `username`, logged in with the demo password (once; the token is kept for the demo).
   * @param {string} username @returns {Promise<Caller>}
   */
  async as(username) {
    const known = this.#signedIn.get(username);
    if (known) return known;
    let answer = await this.public.post('/auth/login', { username, password: this.password });
    // Log-ins are rate-limited per address (LOGIN_RATE_LIMIT_PER_MINUTE): wait as asked, like a person would.
    for (let tries = 0; answer.status === 429 && tries < 6; tries += 1) {
      await pause(1000 * Math.min(60, Number(answer.retryAfter ?? 15)));
      answer = await this.public.post('/auth/login', { username, password: this.password });
    }
    if (answer.status === 401 && answer.body?.code === 'INVALID_CREDENTIALS') {
      throw new Error(
        `${username} cannot log in with the demo password: the database holds accounts from another machine's ` +
          `demo secrets (${machineDevSecretsFile()}). Drop the database cxzy and run command 1 again.`,
      );
    }
    const { accessToken } = ok(answer, `logging in as ${username}`);
    const caller = callerWith(this.apiUrl, accessToken, username);
    this.#signedIn.set(username, caller);
    return caller;
  }

  /**
   * Saves `user` with their roles and the demo password, as `security` (the security administrator
   * of the user's unit).
   * @param {Caller} security @param {DemoUser} user
   */
  async saveUser(security, user) {
    ok(
      await security.put(`/users/${user.username}`, { displayName: user.displayName, roles: user.roles }),
      `saving the user ${user.username}`,
    );
    ok(
      await security.put(`/users/${user.username}/password`, { password: this.password }),
      `setting ${user.username}'s password`,
    );
    this.#signedIn.delete(user.username);
  }
}
