import fc from 'fast-check';
import { checkServiceBoard, type ServiceBoardContent } from './service-board.js';

const unit = ['m-1', 'm-2', 'm-3'];
const valid = {
  standards: [
    { item: ' 个体工商户设立登记 ', process: ['受理', '审核', '发照'], timeLimit: '即办' },
    { item: '不动产登记', process: ['申请'], timeLimit: '3个工作日' },
  ],
  members: [
    { memberId: 'm-1', post: '综合受理岗', partyBadge: true, responsibilityArea: '一号窗口' },
    { memberId: 'm-2', post: '审核岗', partyBadge: false },
  ],
};

const problemsOf = (input: unknown): string[] => {
  try {
    checkServiceBoard(input, unit);
    return [];
  } catch (error) {
    expect(error).toMatchObject({ code: 'SERVICE_BOARD_INVALID', kind: 'invalid' });
    return ((error as { details: { path: string }[] }).details ?? []).map((d) => d.path);
  }
};

describe('三亮 content (service standards and members’ public identity)', () => {
  it('keeps trimmed standards and identities; an empty responsibility area is none', () => {
    expect(checkServiceBoard(valid, unit)).toEqual({
      standards: [
        { item: '个体工商户设立登记', process: ['受理', '审核', '发照'], timeLimit: '即办' },
        { item: '不动产登记', process: ['申请'], timeLimit: '3个工作日' },
      ],
      members: [
        { memberId: 'm-1', post: '综合受理岗', partyBadge: true, responsibilityArea: '一号窗口' },
        { memberId: 'm-2', post: '审核岗', partyBadge: false, responsibilityArea: null },
      ],
    });
    expect(checkServiceBoard({ standards: [], members: [] }, unit)).toEqual({ standards: [], members: [] });
  });

  it('reports every problem at once, each by its path, the first as the field', () => {
    const input = {
      standards: [{ item: '', process: [], timeLimit: 'x'.repeat(51) }],
      members: [
        { memberId: 'm-9', post: '受理岗', partyBadge: true },
        { memberId: 'm-1', post: '', partyBadge: 'yes' },
        { memberId: 'm-1', post: '岗', partyBadge: true },
      ],
    };
    expect(problemsOf(input)).toEqual([
      'standards[0].process',
      'standards[0].item',
      'standards[0].timeLimit',
      'members[0].memberId',
      'members[1].partyBadge',
      'members[1].post',
      'members[2].memberId',
    ]);
    expect(() => checkServiceBoard(input, unit)).toThrow(expect.objectContaining({ field: 'standards[0].process' }));
    expect(problemsOf(null)).toEqual(['standards', 'members']);
  });

  it('refuses an ID or mobile number in any public text', () => {
    expect(
      problemsOf({ ...valid, members: [{ memberId: 'm-1', post: '咨询请拨13800001234', partyBadge: true }] }),
    ).toEqual(['members[0].post']);
    expect(
      problemsOf({
        ...valid,
        standards: [{ item: '查询', process: ['凭身份证 11010519491231002X 办理'], timeLimit: '即办' }],
      }),
    ).toEqual(['standards[0].process[0]']);
    // Dates and counts are fine.
    expect(
      problemsOf({ ...valid, standards: [{ item: '2027年度申报', process: ['20个工作日内'], timeLimit: '20日' }] }),
    ).toEqual([]);
  });

  it('accepts any board made of the unit’s members once each with short texts (property)', () => {
    const shortText = fc
      .string({ minLength: 1, maxLength: 20 })
      .filter((s) => s.trim() !== '' && !/\d/.test(s))
      .map((s) => s.trim());
    const board = fc.record({
      standards: fc.array(
        fc.record({
          item: shortText,
          process: fc.array(shortText, { minLength: 1, maxLength: 5 }),
          timeLimit: shortText,
        }),
        { maxLength: 5 },
      ),
      members: fc.subarray(unit).chain((ids) =>
        fc.tuple(
          ...ids.map((memberId) =>
            fc.record({
              memberId: fc.constant(memberId),
              post: shortText,
              partyBadge: fc.boolean(),
              responsibilityArea: fc.option(shortText, { nil: null }),
            }),
          ),
        ),
      ),
    });
    fc.assert(
      fc.property(board, (content) => {
        const checked: ServiceBoardContent = checkServiceBoard(content, unit);
        expect(checked).toEqual(content);
      }),
    );
  });
});
