import { DomainError } from '../domain.error.js';
import type { Organisation } from './organisation.js';

/** The references an organisation holds, named for users in both languages. */
export type OrganisationReference = 'territorialParentId' | 'verticalDepartmentId' | 'gradingUnitId';

export const REFERENCE_NAMES: Readonly<Record<OrganisationReference, { zhCN: string; en: string }>> = {
  territorialParentId: { zhCN: '上级党组织（块）', en: 'territorial parent' },
  verticalDepartmentId: { zhCN: '行业主管部门党组织（条）', en: 'vertical department' },
  gradingUnitId: { zhCN: '组织实施单位', en: 'grading unit' },
};

export const organisationNotFound = (id: string): DomainError =>
  new DomainError(
    'ORGANISATION_NOT_FOUND',
    'not-found',
    { zhCN: `未找到组织 ${id}`, en: `organisation ${id} not found` },
    'id',
  );

/** What an error needs to name an organisation: its code (and mode, for a broken line). */
type Named = Pick<Organisation, 'code' | 'managementMode'>;

export const danglingReference = (org: Named, field: OrganisationReference, target: string): DomainError =>
  new DomainError(
    'ORGANISATION_REFERENCE_DANGLING',
    'invalid',
    {
      zhCN: `组织 ${org.code} 的${REFERENCE_NAMES[field].zhCN}指向不存在的组织 ${target}`,
      en: `organisation ${org.code}: its ${REFERENCE_NAMES[field].en} ${target} does not exist`,
    },
    field,
  );

export const lineCycle = (org: Named, cycleCodes: readonly string[], field: OrganisationReference): DomainError =>
  new DomainError(
    'ORGANISATION_LINE_CYCLE',
    'invalid',
    {
      zhCN: `组织 ${org.code} 的领导关系形成循环：${cycleCodes.join(' → ')}`,
      en: `organisation ${org.code}: the line of authority loops: ${cycleCodes.join(' → ')}`,
    },
    field,
  );

export const lineBroken = (org: Named, field: OrganisationReference): DomainError =>
  new DomainError(
    'ORGANISATION_LINE_BROKEN',
    'invalid',
    {
      zhCN: `组织 ${org.code}（管理模式 ${org.managementMode}）没有${REFERENCE_NAMES[field].zhCN}，且不是组织实施单位，领导线无法到达组织实施单位`,
      en: `organisation ${org.code} (management mode ${org.managementMode}) has no ${REFERENCE_NAMES[field].en} and is not a grading unit: its leading line reaches no grading unit`,
    },
    field,
  );

export const gradingUnitMismatch = (org: Named, reached: Named, recorded: string): DomainError =>
  new DomainError(
    'ORGANISATION_GRADING_UNIT_MISMATCH',
    'invalid',
    {
      zhCN: `组织 ${org.code} 的领导线到达组织实施单位 ${reached.code}，与登记的组织实施单位 ${recorded} 不一致`,
      en: `organisation ${org.code}: its leading line reaches grading unit ${reached.code}, not the recorded ${recorded}`,
    },
    'gradingUnitId',
  );

export const selfReference = (org: Named, field: OrganisationReference): DomainError =>
  new DomainError(
    'ORGANISATION_SELF_REFERENCE',
    'invalid',
    {
      zhCN: `组织 ${org.code} 的${REFERENCE_NAMES[field].zhCN}不能是它自己`,
      en: `organisation ${org.code} cannot be its own ${REFERENCE_NAMES[field].en}`,
    },
    field,
  );
