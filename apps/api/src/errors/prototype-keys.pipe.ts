import type { ArgumentMetadata, PipeTransform } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import { RequestValidationError } from './request-validation.error.js';

/** Keys that name the object prototype's machinery rather than data. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const RULE = 'noPrototypeKeys';

/** The path of the first key of `value` (at any depth) that is a prototype key, else null. */
export function firstPrototypeKey(value: unknown, path = '', depth = 0): string | null {
  if (depth > 32 || value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return null;
  for (const key of Object.keys(value)) {
    const here = path ? `${path}.${key}` : key;
    if (PROTOTYPE_KEYS.has(key)) return here;
    const found = firstPrototypeKey((value as Record<string, unknown>)[key], here, depth + 1);
    if (found !== null) return found;
  }
  return null;
}

/**
 * Refuses (400, naming the field) a body or query with a `__proto__`, `constructor` or `prototype`
 * key. Unknown fields are refused anyway, but these three slipped past the whitelist: class-transformer
 * does not copy them, so a body carrying one was accepted without it (found by the OpenAPI fuzzer) —
 * harmless here, yet the edge should say what it does not take, and no later code should meet them.
 */
export class PrototypeKeysPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const path = firstPrototypeKey(value);
    if (path === null) return value;
    const error: ValidationError = {
      property: path,
      constraints: { [RULE]: `${path} is not a field of this request` },
      children: [],
    };
    throw new RequestValidationError([error]);
  }
}
