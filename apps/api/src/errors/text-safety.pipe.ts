import type { ArgumentMetadata, PipeTransform } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import { RequestValidationError } from './request-validation.error.js';

const RULE = 'wellFormedText';
const MESSAGE = 'must be well-formed Unicode text without NUL characters';

/** The path of the first string that PostgreSQL could not store as sent (NUL) or that is not Unicode (lone surrogate). */
function firstBadText(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string')
    return value.includes('\u0000') || !(value as string & { isWellFormed(): boolean }).isWellFormed() ? path : null;
  if (depth > 32 || value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return null;
  for (const [key, item] of Object.entries(value)) {
    const found = firstBadText(item, path ? `${path}.${key}` : key, depth + 1);
    if (found !== null) return found;
  }
  return null;
}

/**
 * Runs before the ValidationPipe on every body, query and parameter: a string with a NUL character
 * (PostgreSQL refuses it: a 500 otherwise) or a lone surrogate half (stored as U+FFFD: silently
 * another text) is refused with a 400 naming the field, before anything runs.
 */
export class TextSafetyPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const path = firstBadText(
      value,
      metadata.type === 'param' || metadata.type === 'query' ? (metadata.data ?? '') : '',
    );
    if (path === null) return value;
    const error: ValidationError = {
      property: path || metadata.type,
      constraints: { [RULE]: `${path} ${MESSAGE}` },
      children: [],
    };
    throw new RequestValidationError([error]);
  }
}
