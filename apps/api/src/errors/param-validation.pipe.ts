import { Injectable, type PipeTransform } from '@nestjs/common';
import { ValidationError } from 'class-validator';
import { RequestValidationError } from './request-validation.error.js';

/** A path parameter checked like a DTO field, so a bad one gets the same 400 shape. */
function refuse(field: string, rule: string, messageEn: string): never {
  const error = Object.assign(new ValidationError(), {
    property: field,
    constraints: { [rule]: messageEn },
    children: [],
  });
  throw new RequestValidationError([error]);
}

const KEY = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** A kebab-case code (process kind, sector code) in the path. */
@Injectable()
export class KeyParamPipe implements PipeTransform<string, string> {
  constructor(private readonly field: string) {}

  transform(value: string): string {
    if (value.length > 64 || !KEY.test(value)) refuse(this.field, 'matches', `${this.field} must be a kebab-case code`);
    return value;
  }
}

/** A calendar year in the path (1900–2999). */
@Injectable()
export class YearParamPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    const year = Number(value);
    if (!/^\d{4}$/.test(value) || year < 1900 || year > 2999) refuse('year', 'isInt', 'year must be 1900–2999');
    return year;
  }
}
