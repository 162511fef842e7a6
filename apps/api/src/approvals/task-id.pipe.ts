import { Injectable, type PipeTransform } from '@nestjs/common';
import { DomainError } from '@cxzy/domain';
import { TASK_ID } from './approval.dto.js';

/** `:taskId` must look like an approval task id before anything is looked up. */
@Injectable()
export class TaskIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (TASK_ID.test(value)) return value;
    throw new DomainError(
      'APPROVAL_TASK_ID_INVALID',
      'invalid',
      { zhCN: '任务 id 格式不正确（<审批 uuid>.<序号>）', en: 'a task id is <approval uuid>.<number>' },
      'taskId',
    );
  }
}
