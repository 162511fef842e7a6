import type { ReadScope } from '@cxzy/domain';
import type { WhereBuilder } from '../page.js';

/**
 * Limits `alias` (an organisations row) to a caller's ReadScope. The supervisors' part walks the
 * leading line downwards — a child's leading parent is its vertical department in mode 3, its
 * territorial parent otherwise — and never through another grading unit (the line ends there),
 * matching `resolveLines` / `authorise`.
 */
export function whereInScope(where: WhereBuilder, alias: string, scope: ReadScope): void {
  where.add(
    `(${alias}.id = ANY(?::uuid[]) OR ${alias}.grading_unit_id = ANY(?::uuid[]) OR ${alias}.id IN (
      WITH RECURSIVE led(id, is_root) AS (
        SELECT id, true FROM organisations WHERE id = ANY(?::uuid[])
        UNION
        SELECT c.id, false
        FROM led
        JOIN organisations p ON p.id = led.id
        JOIN organisations c
          ON (CASE WHEN c.management_mode = 3 THEN c.vertical_department_id ELSE c.territorial_parent_id END) = led.id
        WHERE led.is_root OR NOT p.is_grading_unit
      ) SELECT id FROM led))`,
    [...scope.organisationIds],
    [...scope.gradingUnitIds],
    [...scope.leadingRootIds],
  );
}
