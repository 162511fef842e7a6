import type { DomainErrorDetail } from '../../domain.error.js';
import { formatPath } from '../json-path.js';

/** One thing wrong with a definition: where (JSON path), what (stable code), and why (zh-CN, en). */
export type DefinitionProblem = DomainErrorDetail;

/** Collects every problem instead of stopping at the first, so an administrator fixes all in one go. */
export class Problems {
  readonly list: DefinitionProblem[] = [];

  add(path: string, code: string, zhCN: string, en: string): void {
    this.list.push({ path, code, text: { zhCN, en } });
  }
}

/** `$.steps` + 2 → `$.steps[2]`; `$` + 'tiers' → `$.tiers`; odd keys are quoted. */
export function childPath(path: string, key: string | number): string {
  return path + formatPath([key]).slice(1);
}

export type JsonRecord = Record<string, unknown>;

export const isRecord = (value: unknown): value is JsonRecord =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A short rendering of a bad value for a message; never throws (bigint, cycles, huge values). */
export function show(value: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    text = undefined;
  }
  text ??= String(typeof value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

const describeType = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;

/**
 * An object with only the listed keys: reports a wrong type or any unknown key (a misspelt
 * "wieght" would otherwise be ignored silently). Returns undefined when it is not an object.
 */
export function readObject(
  value: unknown,
  path: string,
  problems: Problems,
  allowedKeys: readonly string[],
): JsonRecord | undefined {
  if (!isRecord(value)) {
    problems.add(
      path,
      'FIELD_TYPE',
      `${path} 应为对象，实际为 ${describeType(value)}`,
      `${path} must be an object, got ${describeType(value)}`,
    );
    return undefined;
  }
  for (const key of Object.keys(value)) {
    if (!allowedKeys.includes(key)) {
      const at = childPath(path, key);
      problems.add(at, 'FIELD_UNKNOWN', `不认识的字段 ${at}`, `unknown field ${at}`);
    }
  }
  return value;
}

/** An array (reports a wrong type); undefined when it is not one. */
export function readArray(value: unknown, path: string, problems: Problems): readonly unknown[] | undefined {
  if (Array.isArray(value)) return value;
  problems.add(
    path,
    'FIELD_TYPE',
    `${path} 应为数组，实际为 ${describeType(value)}`,
    `${path} must be an array, got ${describeType(value)}`,
  );
  return undefined;
}

/** Reads a required field; reports FIELD_REQUIRED when absent. */
export function required(record: JsonRecord, key: string, path: string, problems: Problems): unknown {
  if (record[key] !== undefined) return record[key];
  const at = childPath(path, key);
  problems.add(at, 'FIELD_REQUIRED', `缺少必填项 ${at}`, `${at} is required`);
  return undefined;
}

export interface NumberRule {
  readonly min: number;
  readonly max?: number;
  readonly integer?: boolean;
  /** Defaults to NUMBER_OUT_OF_RANGE. */
  readonly code?: string;
  /** What the number is, for the message. */
  readonly what: { readonly zhCN: string; readonly en: string };
}

/** A finite number within [min, max] (integer if asked); reports and returns undefined otherwise. */
export function readNumber(value: unknown, path: string, problems: Problems, rule: NumberRule): number | undefined {
  // Undefined means missing, which `required` has reported already.
  if (value === undefined) return undefined;
  const code = rule.code ?? 'NUMBER_OUT_OF_RANGE';
  const range = rule.max === undefined ? `≥ ${rule.min}` : `${rule.min}–${rule.max}`;
  const kindZh = rule.integer ? '整数' : '数';
  const kindEn = rule.integer ? 'an integer' : 'a number';
  const ok =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (!rule.integer || Number.isInteger(value)) &&
    value >= rule.min &&
    (rule.max === undefined || value <= rule.max);
  if (ok) return value;
  problems.add(
    path,
    code,
    `${rule.what.zhCN}（${path}）应为 ${range} 的${kindZh}，实际为 ${show(value)}`,
    `${rule.what.en} (${path}) must be ${kindEn} in ${range}, got ${show(value)}`,
  );
  return undefined;
}

/** A zh-CN + en text, both non-blank. */
export function checkLocalizedText(value: unknown, path: string, problems: Problems): void {
  const text = readObject(value, path, problems, ['zhCN', 'en']);
  if (!text) return;
  for (const key of ['zhCN', 'en'] as const) {
    const part = required(text, key, path, problems);
    if (part !== undefined && (typeof part !== 'string' || part.trim().length === 0)) {
      const at = childPath(path, key);
      problems.add(at, 'TEXT_BLANK', `${at} 应为非空文本`, `${at} must be non-blank text`);
    }
  }
}

/** Stable keys are kebab-case ASCII, so they are safe in URLs, workflow ids and JSON paths. */
export const KEY_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

export function checkKey(value: unknown, path: string, problems: Problems): string | undefined {
  if (typeof value === 'string' && value.length <= 64 && KEY_PATTERN.test(value)) return value;
  problems.add(
    path,
    'KEY_INVALID',
    `${path} 应为小写字母、数字和连字符组成的标识（≤ 64 字符），实际为 ${show(value)}`,
    `${path} must be a kebab-case identifier (≤ 64 characters), got ${show(value)}`,
  );
  return undefined;
}
