import { Injectable, type PipeTransform } from '@nestjs/common';
import { ValidationError } from 'class-validator';
import { RequestValidationError } from '../errors/request-validation.error.js';
import { TASK_ID } from './approval.dto.js';

/** `:taskId` must look like an approval task id before anything is looked up (the same 400 shape as a DTO field). */
@Injectable()
export class TaskIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (TASK_ID.test(value)) return value;
    const error = Object.assign(new ValidationError(), {
      property: 'taskId',
      constraints: { matches: 'taskId must be <approval uuid>.<number>' },
      children: [],
    });
    throw new RequestValidationError([error]);
  }
}
