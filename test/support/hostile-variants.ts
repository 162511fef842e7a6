import { resolve, type OpenApiDocument, type SchemaObject } from './openapi-operations.js';

/**
 * 模糊测试 inputs derived from an operation's schema: each one a request the API must refuse
 * (4xx) without a 5xx and without changing anything. Values a valid request may legitimately
 * carry (a bidi mark in a title) are sent only where they must be refused: path and query
 * parameters, which refuse control characters before anything runs.
 */

/** A deterministic generator (mulberry32) so a failing variant is found again with the same seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** `count` items of `items`, chosen by `random` without repetition (all of them when fewer). */
export function sample<T>(items: readonly T[], count: number, random: () => number): T[] {
  const pool = [...items];
  for (let i = pool.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, count);
}

/** A body as raw JSON text (so `__proto__` stays a key) or as a value supertest serialises. */
export interface BodyVariant {
  readonly name: string;
  readonly raw: string;
}

/** `depth` arrays inside each other: far past the 32 levels the API parses. */
export const deeplyNested = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth);

/** Bodies that are not JSON objects, or not JSON at all. */
export const MALFORMED_BODIES: readonly BodyVariant[] = [
  { name: 'truncated JSON', raw: '{"a": ' },
  { name: 'trailing garbage', raw: '{} xyz' },
  { name: 'a bare string', raw: '"党"' },
  { name: 'a bare number', raw: '1e400' },
  { name: 'null', raw: 'null' },
  { name: 'an array', raw: '[{}]' },
  { name: 'single quotes', raw: "{'a': 1}" },
  { name: 'a NUL byte outside strings', raw: '{"a":\u00001}' },
  { name: 'nesting 5,000 deep', raw: deeplyNested(5_000) },
  { name: 'objects nested 5,000 deep', raw: '{"a":'.repeat(5_000) + '1' + '}'.repeat(5_000) },
];

/** Strings no field may store: refused wherever they appear in a body. */
export const HOSTILE_BODY_STRINGS: readonly { name: string; value: string }[] = [
  { name: 'a NUL character', value: 'a\u0000b' },
  { name: 'a lone surrogate', value: 'a\ud800b' },
  { name: '200 kB of text', value: '党'.repeat(70_000) },
];

/**
 * Path and query values: control characters, malformed escapes, traversal, injection, size.
 * `mayBeValid`: odd but possibly a real name (a user called `constructor`): sent to reads only,
 * where any answer but a 5xx is fine, never where it could create something.
 */
export const HOSTILE_PARAMETERS: readonly { name: string; encoded: string; mayBeValid?: true }[] = [
  { name: 'an encoded NUL', encoded: 'a%00b' },
  { name: 'a control character', encoded: 'a%07b' },
  { name: 'a C1 control', encoded: 'a%C2%85b' },
  { name: 'a malformed escape', encoded: '%E0%A4%A' },
  { name: 'an invalid UTF-8 byte', encoded: '%FF%FE' },
  { name: 'a bidi override', encoded: '%E2%80%AEabc' },
  { name: 'a lone surrogate (CESU)', encoded: '%ED%A0%80' },
  { name: 'encoded traversal', encoded: '..%2F..%2Fetc%2Fpasswd' },
  { name: 'SQL', encoded: encodeURIComponent("' OR '1'='1' --") },
  { name: '__proto__', encoded: '__proto__', mayBeValid: true },
  { name: 'constructor', encoded: 'constructor', mayBeValid: true },
  { name: 'a huge number', encoded: '99999999999999999999999999', mayBeValid: true },
  { name: 'a negative number', encoded: '-1', mayBeValid: true },
  { name: '4,000 characters', encoded: 'x'.repeat(4_000) },
];

/** Values of the wrong type for a field of `schema` (none a validator could coerce into a right one). */
export function wrongTypedValues(document: OpenApiDocument, schema: SchemaObject): unknown[] {
  const resolved = resolve(document, schema);
  const type = Array.isArray(resolved.type) ? resolved.type.find((t) => t !== 'null') : resolved.type;
  if (resolved.enum?.length) return ['not-one-of-the-values', 12345, ['x']];
  switch (type ?? (resolved.properties ? 'object' : 'string')) {
    case 'integer':
    case 'number':
      return ['abc', { $gt: 0 }, [1], 1e308, -1e308, 1.5e300, 2 ** 53 + 1];
    case 'boolean':
      return ['yes', 2, {}];
    case 'array':
      return ['x', { 0: 'x' }, 7];
    case 'object':
      return ['x', 7, [[]]];
    default:
      return resolved.format === 'uuid'
        ? ['not-a-uuid', 12345, '00000000-0000-0000-0000-00000000000g']
        : [12345, { $ne: '' }, ['x'], true];
  }
}

/** The raw JSON of `body` with a key the object prototype owns added at the top (and nested). */
export function withPrototypeKeys(body: unknown): BodyVariant[] {
  const text = JSON.stringify(body ?? {});
  const inner = text === '{}' ? '' : `,${text.slice(1, -1)}`;
  return ['__proto__', 'constructor', 'prototype'].map((key) => ({
    name: `a "${key}" key`,
    raw: `{"${key}":{"polluted":true,"isAdmin":true}${inner}}`,
  }));
}
