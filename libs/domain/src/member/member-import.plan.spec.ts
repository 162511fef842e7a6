import { isImportRejectedError, type ImportIssue } from '../import/import-issue.js';
import { residentIdCheckCharacter } from '../privacy/personal-data.js';
import type { Member } from './member.js';
import { columnValues, planMemberImport } from './member-import.plan.js';

const HEADERS = [
  'id_number',
  'name',
  'organisation_code',
  'category',
  'post',
  'host_organisation_code',
  'pledge_exempt',
  'phone',
];
const ORGS = new Map([
  ['V1', { id: 'v1', kind: 'branch' as const }],
  ['C1', { id: 'c1', kind: 'branch' as const }],
  ['G1', { id: 'g1', kind: 'group' as const }],
]);
const idNumber = (first17: string) => first17 + residentIdCheckCharacter(first17);
const A = idNumber('99010119600101001');
const B = idNumber('99010119851231002');
const C = idNumber('99010119900229003'.replace('0229', '0228'));

const FILE = [
  [A, '张建国', 'V1', 'elderly-infirm', '', '', '是', ''],
  [B, '李秀英', 'V1', '流动党员', '', 'C1', '', '13800001234'],
  [C, '王磊', 'V1', 'no-fixed-post', '环境卫生监督岗', '', '', '0571-88001234'],
];

function plan(lines: string[][], existing: Member[] = []) {
  let n = 0;
  return planMemberImport({
    headers: HEADERS,
    rows: lines.map((cells, i) => ({ rowNumber: i + 2, cells })),
    organisationsByCode: ORGS,
    existing,
    newId: () => `m${n++}`,
  });
}
function rejected(lines: string[][]): ImportIssue[] {
  try {
    plan(lines);
  } catch (error) {
    if (isImportRejectedError(error)) return [...error.issues];
    throw error;
  }
  throw new Error('expected a refusal');
}
const where = (issues: ImportIssue[]) => issues.map((i) => `${i.row}:${i.column}:${i.code}`);

describe('planMemberImport — 批量导入党员', () => {
  it('creates members of every category, resolving organisations by code', () => {
    const result = plan(FILE);
    expect([result.created, result.updated, result.unchanged]).toEqual([3, 0, 0]);
    expect(result.toWrite.map((m) => [m.name, m.category, m.hostOrganisationId, m.pledgeExempt, m.post])).toEqual([
      ['张建国', 'elderly-infirm', null, true, null],
      ['李秀英', 'mobile', 'c1', false, null],
      ['王磊', 'no-fixed-post', null, false, '环境卫生监督岗'],
    ]);
  });

  it('is idempotent by ID number and counts changes', () => {
    const stored = [...plan(FILE).toWrite];
    expect(plan(FILE, stored)).toMatchObject({ toWrite: [], created: 0, updated: 0, unchanged: 3 });
    const moved = plan([[A, '张建国', 'C1', 'elderly-infirm', '', '', '是', ''], ...FILE.slice(1)], stored);
    expect([moved.created, moved.updated, moved.unchanged]).toEqual([0, 1, 2]);
    expect(moved.toWrite[0]).toMatchObject({ id: stored[0]!.id, organisationId: 'c1' });
  });

  it('reports every broken rule with row and column', () => {
    const issues = rejected([
      ['110105196001010011', '', 'V1', 'regular', '', '', '', '12345'],
      [B, '李秀英', 'NOPE', 'mobile', '', '', '', ''],
      [C, '王磊', 'V1', 'no-fixed-post', '', 'C1', '是', ''],
      [idNumber('99010120000101004'), '王磊', 'G1', 'regular', '', '', '', ''],
      [A, '张建国', 'V1', 'mobile', '', 'V1', '', ''],
    ]);
    expect(where(issues)).toEqual([
      '2:id_number:IMPORT_ID_NUMBER_INVALID',
      '2:name:IMPORT_REQUIRED',
      '2:phone:IMPORT_PHONE_INVALID',
      '3:organisation_code:IMPORT_UNKNOWN_ORGANISATION',
      '4:host_organisation_code:MEMBER_HOST_ONLY_FOR_MOBILE',
      '4:pledge_exempt:MEMBER_EXEMPTION_NOT_ALLOWED',
      '4:post:MEMBER_POST_REQUIRED',
      '5:organisation_code:MEMBER_ORGANISATION_IS_GROUP',
      '6:host_organisation_code:MEMBER_HOST_IS_HOME',
    ]);
  });

  it('refuses a repeated ID number even on a row with other problems', () => {
    const issues = rejected([FILE[0]!, [A, '张建国', 'V1', 'mobile', '', '', '', '']]);
    expect(where(issues)).toEqual([
      '3:host_organisation_code:MEMBER_HOST_REQUIRED',
      '3:id_number:IMPORT_DUPLICATE_ID_NUMBER',
    ]);
  });

  it('lists the ID numbers of a file, normalised, so the caller loads only those members', () => {
    const rows = [A.toLowerCase(), A, ' ' + B].map((id, i) => ({ rowNumber: i + 2, cells: [id] }));
    expect(columnValues(['身份证号'], rows, 'id_number', true)).toEqual([A.toUpperCase(), B]);
  });
});

describe('planMemberImport — the username column links members to users', () => {
  const users = {
    byName: new Map([
      ['zhang', { id: 'u-zhang', linkedMemberId: null }],
      ['li', { id: 'u-li', linkedMemberId: 'stored-li' }],
      ['wang', { id: 'u-wang', linkedMemberId: 'm-other' }],
      ['free', { id: 'u-free', linkedMemberId: null }],
    ]),
    userOfMember: new Map([
      ['stored-li', 'u-li'],
      ['m-other', 'u-wang'],
    ]),
  };
  const withUsers = (lines: string[][], existing: Member[] = []) => {
    let n = 0;
    return planMemberImport({
      headers: [...HEADERS, '用户名'],
      rows: lines.map((cells, i) => ({ rowNumber: i + 2, cells })),
      organisationsByCode: ORGS,
      existing,
      newId: () => `m${n++}`,
      users,
    });
  };
  const storedLi: Member = {
    id: 'stored-li',
    idNumber: B,
    name: '李秀英',
    organisationId: 'v1',
    category: 'mobile',
    post: null,
    hostOrganisationId: 'c1',
    pledgeExempt: false,
    phone: '13800001234',
  };
  const issuesOf = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      if (isImportRejectedError(error)) return error.issues.map((i) => [i.row, i.column, i.code]);
      throw error;
    }
    return [];
  };

  it('links a new member to an existing user; an existing link is left as it is; blank changes nothing', () => {
    const result = withUsers(
      [
        [...FILE[0]!, 'zhang'],
        [...FILE[1]!, 'li'],
        [...FILE[2]!, ''],
      ],
      [storedLi],
    );
    expect(result.links).toEqual([{ memberId: 'm0', userId: 'u-zhang', username: 'zhang' }]);
    expect(result).toMatchObject({ created: 2, unchanged: 1 });
  });

  it('reports an unknown user, a user linked elsewhere, a member linked to another user, a repeated username', () => {
    expect(
      issuesOf(() =>
        withUsers(
          [
            [...FILE[0]!, 'nobody'],
            [...FILE[1]!, 'free'],
            [...FILE[2]!, 'wang'],
            [idNumber('99010119700101004'), '赵强', 'V1', 'regular', '', '', '', '', 'wang'],
          ],
          [storedLi],
        ),
      ),
    ).toEqual([
      [2, 'username', 'IMPORT_UNKNOWN_USER'],
      [3, 'username', 'IMPORT_MEMBER_LINKED_ELSEWHERE'],
      [4, 'username', 'IMPORT_USER_LINKED_ELSEWHERE'],
      [5, 'username', 'IMPORT_DUPLICATE_USERNAME'],
    ]);
  });
});
