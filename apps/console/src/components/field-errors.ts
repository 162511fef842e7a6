import type { FormInstance } from 'antd';
import { RequestFailed } from '../api/client';
import { withoutJsonPaths } from './api-text';

export type FieldName = (string | number)[];

/** `$.targets[0].measures[1]` (the API's JSON path of a problem) → ['targets', 0, 'measures', 1]. */
export function namePathOf(field: string): FieldName {
  const name: FieldName = [];
  const path = (field ?? '').replace(/^\$\.?/, '');
  const pattern = /([^.[\]]+)|\[(\d+)\]|\["([^"]*)"\]/g;
  for (let match = pattern.exec(path); match; match = pattern.exec(path)) {
    if (match[1] !== undefined) name.push(match[1]);
    else if (match[2] !== undefined) name.push(Number(match[2]));
    else if (match[3] !== undefined) name.push(match[3]);
  }
  return name;
}

/**
 * Puts each problem of a refused command (400/422, one per field) next to its form field: the
 * longest prefix of its path that `shown` says the form renders. Returns the problems that match
 * no field (the page lists them). Clears the previous errors of every field first.
 */
export function showFieldErrors(
  form: FormInstance,
  error: unknown,
  shown: (name: FieldName) => boolean,
  pick: (zh: string, en: string) => string,
): string[] {
  return placeProblems(form, error instanceof RequestFailed ? (error.body?.errors ?? []) : [], shown, pick);
}

export interface Problem {
  readonly field: string;
  readonly messageZhCN: string;
  readonly messageEn: string;
}

/** As showFieldErrors, for a list of problems (e.g. what publishing a draft would refuse). */
export function placeProblems(
  form: FormInstance,
  problems: readonly Problem[],
  shown: (name: FieldName) => boolean,
  pick: (zh: string, en: string) => string,
  known: readonly FieldName[] = [],
  /** A problem's path in the user's words, for the list of those that match no field. */
  describe: (field: string) => string = () => '',
): string[] {
  const byField = new Map<string, { name: FieldName; errors: string[] }>();
  // Every field the form renders starts clean: an earlier answer's problems do not linger.
  for (const name of [...form.getFieldsError().map((f) => f.name), ...known])
    byField.set(JSON.stringify(name), { name, errors: [] });
  const unmatched: string[] = [];
  for (const problem of problems) {
    const text = withoutJsonPaths(pick(problem.messageZhCN, problem.messageEn));
    let name = namePathOf(problem.field);
    while (name.length > 0 && !shown(name)) name = name.slice(0, -1);
    if (name.length === 0) {
      const where = describe(problem.field);
      unmatched.push(where ? `${where}：${text}` : text);
      continue;
    }
    const key = JSON.stringify(name);
    const entry = byField.get(key) ?? { name, errors: [] as string[] };
    entry.errors.push(text);
    byField.set(key, entry);
  }
  form.setFields([...byField.values()]);
  return unmatched;
}
