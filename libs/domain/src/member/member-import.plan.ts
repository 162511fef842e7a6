import {
  booleanCell,
  choiceCell,
  codeCell,
  optionalText,
  requiredText,
  type CellContext,
} from '../import/cell-parsers.js';
import { ImportRejectedError, issue, sortIssues, type ImportIssue } from '../import/import-issue.js';
import {
  checkRowCount,
  checkRowWidths,
  mapColumns,
  type ColumnMap,
  type ColumnSpec,
  type TabularRow,
} from '../import/tabular-columns.js';
import type { OrganisationKind } from '../organisation/organisation.js';
import { isValidPhone, isValidResidentIdNumber } from '../privacy/personal-data.js';
import { CATEGORY_NAMES, MEMBER_CATEGORIES, checkMemberRules, type Member, type MemberCategory } from './member.js';

export const MEMBER_COLUMNS: readonly ColumnSpec[] = [
  { key: 'id_number', aliases: ['公民身份号码', '身份证号码', '身份证号'], required: true },
  { key: 'name', aliases: ['姓名'], required: true },
  { key: 'organisation_code', aliases: ['所在党组织编码'], required: true },
  { key: 'category', aliases: ['党员类别'], required: true },
  { key: 'post', aliases: ['设定岗位'], required: false },
  { key: 'host_organisation_code', aliases: ['流入地党组织编码'], required: false },
  { key: 'pledge_exempt', aliases: ['免于承诺'], required: false },
  { key: 'phone', aliases: ['联系电话'], required: false },
  // 关联用户 (issue 8): the member signs in as this existing user; blank leaves the link as it is.
  { key: 'username', aliases: ['用户名'], required: false },
];
const LABELS: Readonly<Record<string, string>> = Object.fromEntries(MEMBER_COLUMNS.map((c) => [c.key, c.aliases[0]!]));
const COLUMN_OF_FIELD: Readonly<Record<string, string>> = {
  post: 'post',
  hostOrganisationId: 'host_organisation_code',
  pledgeExempt: 'pledge_exempt',
};
const CATEGORIES = new Map<string, MemberCategory>(
  MEMBER_CATEGORIES.flatMap((c) => [
    [c, c],
    [CATEGORY_NAMES[c].zhCN, c],
  ]),
);
CATEGORIES.set('普通党员', 'regular');

export interface OrganisationRef {
  readonly id: string;
  readonly kind: OrganisationKind;
}

export interface MemberImportInput {
  readonly headers: readonly string[];
  readonly rows: readonly TabularRow[];
  /** The organisations the file names (by code); a code missing here is unknown. */
  readonly organisationsByCode: ReadonlyMap<string, OrganisationRef>;
  /** Stored members whose ID numbers appear in the file. */
  readonly existing: readonly Member[];
  readonly newId: () => string;
  /** For the `username` column: the users the file names, and the users stored members are linked to. */
  readonly users?: MemberImportUsers;
}

/** The users a member import's `username` column names (by username), with the member each is linked to. */
export interface MemberImportUsers {
  readonly byName: ReadonlyMap<string, { readonly id: string; readonly linkedMemberId: string | null }>;
  /** Stored member id → the user it is linked to (members linked to nobody are absent). */
  readonly userOfMember: ReadonlyMap<string, string>;
}

/** A member to link to a user (not linked to each other yet). */
export interface PlannedUserLink {
  readonly memberId: string;
  readonly userId: string;
  readonly username: string;
}

export interface MemberImportPlan {
  readonly toWrite: readonly Member[];
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  /** Users to link to their members (rows whose `username` names a user not linked to it yet). */
  readonly links: readonly PlannedUserLink[];
}

/** The distinct non-blank cells of one column, so the caller loads only what the file names (ID numbers upper-cased). */
export function columnValues(
  headers: readonly string[],
  rows: readonly TabularRow[],
  key: string,
  upperCase: boolean,
): string[] {
  const { columns } = mapColumns(headers, MEMBER_COLUMNS);
  const values = rows.map((row) => columns.cell(row, key)).map((v) => (upperCase ? v.toUpperCase() : v));
  return [...new Set(values.filter((v) => v !== ''))];
}

/**
 * 批量导入党员 — keyed by 公民身份号码: all-or-nothing, every problem reported at once, a re-import
 * of the same file changes nothing. Members are never deleted by an import.
 */
export function planMemberImport(input: MemberImportInput): MemberImportPlan {
  const { columns, issues: headerIssues } = mapColumns(input.headers, MEMBER_COLUMNS);
  const fileIssues = [...headerIssues, ...checkRowCount(input.rows)];
  if (fileIssues.length > 0) throw new ImportRejectedError(fileIssues);

  const issues = checkRowWidths(input.headers, input.rows);
  const existing = new Map(input.existing.map((m) => [m.idNumber, m]));
  const rowOfIdNumber = new Map<string, number>();
  const rowOfUsername = new Map<string, number>();
  const links: PlannedUserLink[] = [];
  const toWrite: Member[] = [];
  let created = 0;
  let updated = 0;
  let unchanged = 0;
  for (const row of input.rows) {
    const member = parseMemberRow(row, columns, input.organisationsByCode, issues);
    const key = columns.cell(row, 'id_number').toUpperCase();
    const first = rowOfIdNumber.get(key);
    if (key !== '' && first !== undefined) {
      issues.push(
        issue(
          row.rowNumber,
          'id_number',
          'IMPORT_DUPLICATE_ID_NUMBER',
          `公民身份号码与第 ${first} 行重复`,
          `the ID number repeats row ${first}`,
        ),
      );
      continue;
    }
    if (key !== '') rowOfIdNumber.set(key, row.rowNumber);
    const username = usernameCell(row, columns, rowOfUsername, issues);
    if (!member) continue;
    const before = existing.get(member.idNumber);
    const id = before?.id ?? input.newId();
    if (!before) {
      created++;
      toWrite.push({ ...member, id });
    } else if (sameMember(before, member)) {
      unchanged++;
    } else {
      updated++;
      toWrite.push({ ...member, id });
    }
    if (username) {
      const link = planUserLink(row.rowNumber, id, username, input.users, issues);
      if (link) links.push(link);
    }
  }
  if (issues.length > 0) throw new ImportRejectedError(sortIssues(issues));
  return { toWrite, created, updated, unchanged, links };
}

/** The row's username (trimmed), or null when blank; a username repeated in the file is an issue. */
function usernameCell(
  row: TabularRow,
  columns: ColumnMap,
  rowOfUsername: Map<string, number>,
  issues: ImportIssue[],
): string | null {
  const at: CellContext = { row: row.rowNumber, column: 'username', label: LABELS['username']!, issues };
  const username = optionalText(columns.cell(row, 'username'), at, 64);
  if (!username) return null;
  const first = rowOfUsername.get(username);
  if (first !== undefined) {
    issues.push(
      issue(
        row.rowNumber,
        'username',
        'IMPORT_DUPLICATE_USERNAME',
        `用户名与第 ${first} 行重复（一个用户只关联一名党员）`,
        `the username repeats row ${first} (a user is linked to one member)`,
      ),
    );
    return null;
  }
  rowOfUsername.set(username, row.rowNumber);
  return username;
}

/**
 * 关联用户 from the `username` column: the user must exist and be linked to no other member, and
 * the member to no other user (as `PUT /users/:username/member`, 409 there); already linked: nothing to do.
 */
function planUserLink(
  rowNumber: number,
  memberId: string,
  username: string,
  users: MemberImportUsers | undefined,
  issues: ImportIssue[],
): PlannedUserLink | null {
  const user = users?.byName.get(username);
  if (!user) {
    issues.push(
      issue(
        rowNumber,
        'username',
        'IMPORT_UNKNOWN_USER',
        `用户“${username}”不存在`,
        `user "${username}" does not exist`,
      ),
    );
    return null;
  }
  if (user.linkedMemberId === memberId) return null;
  if (user.linkedMemberId !== null) {
    issues.push(
      issue(
        rowNumber,
        'username',
        'IMPORT_USER_LINKED_ELSEWHERE',
        `用户“${username}”已关联其他党员`,
        `user "${username}" is linked to another member`,
      ),
    );
    return null;
  }
  const current = users?.userOfMember.get(memberId);
  if (current !== undefined && current !== user.id) {
    issues.push(
      issue(
        rowNumber,
        'username',
        'IMPORT_MEMBER_LINKED_ELSEWHERE',
        '该党员已关联其他用户',
        'this member is linked to another user',
      ),
    );
    return null;
  }
  return { memberId, userId: user.id, username };
}

function parseMemberRow(
  row: TabularRow,
  columns: ColumnMap,
  organisations: ReadonlyMap<string, OrganisationRef>,
  issues: ImportIssue[],
): Omit<Member, 'id'> | null {
  const before = issues.length;
  const at = (column: string): CellContext => ({ row: row.rowNumber, column, label: LABELS[column]!, issues });
  const value = (column: string) => columns.cell(row, column);

  const idNumber = requiredText(value('id_number').toUpperCase(), at('id_number'), 18);
  if (idNumber && !isValidResidentIdNumber(idNumber)) {
    issues.push(
      issue(
        row.rowNumber,
        'id_number',
        'IMPORT_ID_NUMBER_INVALID',
        '公民身份号码无效（应为 18 位，出生日期真实，校验码正确）',
        'the ID number is invalid (18 characters, a real birth date, a correct check character)',
      ),
    );
  }
  const name = requiredText(value('name'), at('name'), 50);
  const organisation = organisationCell(value('organisation_code'), at('organisation_code'), organisations, true);
  const category = choiceCell(value('category'), at('category'), CATEGORIES, null);
  const post = optionalText(value('post'), at('post'), 100);
  const host = organisationCell(value('host_organisation_code'), at('host_organisation_code'), organisations, false);
  const pledgeExempt = booleanCell(value('pledge_exempt'), at('pledge_exempt'));
  const phone = optionalText(value('phone'), at('phone'), 20);
  if (phone && !isValidPhone(phone)) {
    issues.push(
      issue(row.rowNumber, 'phone', 'IMPORT_PHONE_INVALID', '联系电话格式错误', 'the phone number is malformed'),
    );
  }
  if (issues.length > before || !idNumber || !name || !organisation || !category || pledgeExempt === null) return null;

  const member = {
    idNumber,
    name,
    organisationId: organisation.id,
    category,
    post,
    hostOrganisationId: host?.id ?? null,
    pledgeExempt,
    phone,
  };
  for (const error of checkMemberRules(member)) {
    issues.push(
      issue(row.rowNumber, COLUMN_OF_FIELD[error.field ?? ''] ?? null, error.code, error.text.zhCN, error.text.en),
    );
  }
  return issues.length > before ? null : member;
}

/** Members belong to a 党委, 党总支 or 党支部 — a 党小组 holds no organisational relationship. */
function organisationCell(
  value: string,
  at: CellContext,
  organisations: ReadonlyMap<string, OrganisationRef>,
  required: boolean,
): OrganisationRef | null {
  const code = codeCell(value, at, required);
  if (code === null) return null;
  const found = organisations.get(code);
  if (!found) {
    at.issues.push(
      issue(
        at.row,
        at.column,
        'IMPORT_UNKNOWN_ORGANISATION',
        `${at.label}“${code}”不存在`,
        `${at.column} "${code}" does not exist`,
      ),
    );
  } else if (found.kind === 'group') {
    at.issues.push(
      issue(
        at.row,
        at.column,
        'MEMBER_ORGANISATION_IS_GROUP',
        `${at.label}“${code}”是党小组，党员的组织关系应在党支部（或党总支、党委）`,
        `${at.column} "${code}" is a party group; a member belongs to a branch, general branch or committee`,
      ),
    );
    return null;
  }
  return found ?? null;
}

const sameMember = (a: Member, b: Omit<Member, 'id'>): boolean =>
  a.name === b.name &&
  a.organisationId === b.organisationId &&
  a.category === b.category &&
  a.post === b.post &&
  a.hostOrganisationId === b.hostOrganisationId &&
  a.pledgeExempt === b.pledgeExempt &&
  a.phone === b.phone;
