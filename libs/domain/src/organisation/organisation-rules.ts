import { DomainError } from '../domain.error.js';
import { KIND_NAMES, KIND_RANK, type Organisation } from './organisation.js';
import { danglingReference, selfReference } from './organisation-errors.js';

/** An organisation before its grading unit is derived (what an import row describes). */
export type OrganisationNode = Omit<Organisation, 'gradingUnitId'>;

/**
 * The rules one organisation must satisfy on its own and against its direct references:
 * - its references exist and are not itself;
 * - modes 2 and 3 have a vertical department (business is managed vertically in both);
 * - a grading unit is a committee (a county committee or a system committee, SPEC §2);
 * - the tree goes 党委 → 党总支 → 党支部 → 党小组: a territorial parent ranks above its child, except
 *   that committees may sit under committees (a township committee under the county committee);
 * - a vertical department is a committee (the sector department's party committee).
 */
export function checkOrganisationRules(
  node: OrganisationNode,
  nodes: ReadonlyMap<string, OrganisationNode>,
): DomainError[] {
  const errors: DomainError[] = [];
  const parent = reference(node, 'territorialParentId', nodes, errors);
  const vertical = reference(node, 'verticalDepartmentId', nodes, errors);

  if (node.managementMode !== 1 && node.verticalDepartmentId === null) {
    errors.push(
      new DomainError(
        'ORGANISATION_VERTICAL_DEPARTMENT_REQUIRED',
        'invalid',
        {
          zhCN: `组织 ${node.code} 为管理模式 ${node.managementMode}（业务垂直管理），必须填写行业主管部门党组织`,
          en: `organisation ${node.code} is in management mode ${node.managementMode} (business managed vertically) and needs a vertical department`,
        },
        'verticalDepartmentId',
      ),
    );
  }
  if (node.isGradingUnit && node.kind !== 'committee') {
    errors.push(
      new DomainError(
        'ORGANISATION_GRADING_UNIT_NOT_COMMITTEE',
        'invalid',
        {
          zhCN: `组织 ${node.code} 是${KIND_NAMES[node.kind].zhCN}，只有党委可以作为组织实施单位`,
          en: `organisation ${node.code} is a ${KIND_NAMES[node.kind].en}; only a committee can be a grading unit`,
        },
        'isGradingUnit',
      ),
    );
  }
  if (
    parent &&
    !(KIND_RANK[parent.kind] < KIND_RANK[node.kind] || (parent.kind === 'committee' && node.kind === 'committee'))
  ) {
    errors.push(
      new DomainError(
        'ORGANISATION_PARENT_KIND',
        'invalid',
        {
          zhCN: `组织 ${node.code}（${KIND_NAMES[node.kind].zhCN}）不能隶属于 ${parent.code}（${KIND_NAMES[parent.kind].zhCN}）`,
          en: `organisation ${node.code} (${KIND_NAMES[node.kind].en}) cannot sit under ${parent.code} (${KIND_NAMES[parent.kind].en})`,
        },
        'territorialParentId',
      ),
    );
  }
  if (vertical && vertical.kind !== 'committee') {
    errors.push(
      new DomainError(
        'ORGANISATION_VERTICAL_DEPARTMENT_KIND',
        'invalid',
        {
          zhCN: `组织 ${node.code} 的行业主管部门党组织 ${vertical.code} 必须是党委，而不是${KIND_NAMES[vertical.kind].zhCN}`,
          en: `organisation ${node.code}: its vertical department ${vertical.code} must be a committee, not a ${KIND_NAMES[vertical.kind].en}`,
        },
        'verticalDepartmentId',
      ),
    );
  }
  return errors;
}

function reference(
  node: OrganisationNode,
  field: 'territorialParentId' | 'verticalDepartmentId',
  nodes: ReadonlyMap<string, OrganisationNode>,
  errors: DomainError[],
): OrganisationNode | undefined {
  const id = node[field];
  if (id === null) return undefined;
  if (id === node.id) {
    errors.push(selfReference(node, field));
    return undefined;
  }
  const found = nodes.get(id);
  if (!found) errors.push(danglingReference(node, field, id));
  return found;
}
