import { formatPath, type PathSegment } from './json-path.js';

export type DefinitionChangeKind = 'added' | 'removed' | 'changed';

export interface DefinitionChange {
  readonly path: string;
  readonly change: DefinitionChangeKind;
  readonly before?: unknown;
  readonly after?: unknown;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * 版本比较 — what changed between two definition bodies: one entry per leaf value that differs (a
 * changed weight is one entry, not its whole sheet), or per key/element added or removed. Arrays
 * are compared by position: inserting a step shows as changes to the steps after it plus one
 * addition, which is what an administrator reading "step 3 is now …" expects.
 */
export function diffDefinitionBodies(before: unknown, after: unknown): DefinitionChange[] {
  const changes: DefinitionChange[] = [];
  walk(before, after, [], changes);
  return changes;
}

function walk(before: unknown, after: unknown, at: PathSegment[], changes: DefinitionChange[]): void {
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    for (const key of keys) {
      const inBefore = Object.hasOwn(before, key);
      const inAfter = Object.hasOwn(after, key);
      const path = [...at, key];
      if (inBefore && inAfter) walk(before[key], after[key], path, changes);
      else if (inAfter) changes.push({ path: formatPath(path), change: 'added', after: after[key] });
      else changes.push({ path: formatPath(path), change: 'removed', before: before[key] });
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const length = Math.max(before.length, after.length);
    for (let index = 0; index < length; index += 1) {
      const path = [...at, index];
      if (index >= after.length) changes.push({ path: formatPath(path), change: 'removed', before: before[index] });
      else if (index >= before.length) changes.push({ path: formatPath(path), change: 'added', after: after[index] });
      else walk(before[index], after[index], path, changes);
    }
    return;
  }
  if (before !== after) changes.push({ path: formatPath(at), change: 'changed', before, after });
}
