import { ACTOR_ROLES, type ActorRole, type LeadingLineLevel } from '../pipeline-definition.types.js';
import { isLeadingLineLevel } from '../leading-line-level.js';
import { reportUnknownLevel } from './validate-escalation.js';
import { childPath, readObject, required, show, type Problems } from './problems.js';

/** A step's actor (or a copied person's place): a known role at a known level of the leading line. */
export function validateActor(
  value: unknown,
  path: string,
  problems: Problems,
): { role: ActorRole; level: LeadingLineLevel } | undefined {
  if (value === undefined) return undefined;
  const actor = readObject(value, path, problems, ['role', 'level']);
  if (!actor) return undefined;
  const role = required(actor, 'role', path, problems);
  const level = required(actor, 'level', path, problems);
  const roleOk = role === undefined || (ACTOR_ROLES as readonly unknown[]).includes(role);
  if (!roleOk) {
    problems.add(
      childPath(path, 'role'),
      'ROLE_UNKNOWN',
      `未知的角色 ${show(role)}，应为 ${ACTOR_ROLES.join(' / ')}`,
      `unknown role ${show(role)}; expected one of ${ACTOR_ROLES.join(', ')}`,
    );
  }
  const levelOk = level === undefined || isLeadingLineLevel(level);
  if (!levelOk) reportUnknownLevel(level, childPath(path, 'level'), problems);
  return roleOk && levelOk && role !== undefined && level !== undefined
    ? { role: role as ActorRole, level: level as LeadingLineLevel }
    : undefined;
}
