import { codesAt, withChange } from '../definition-test-helpers.js';
import { validatePipelineDefinition } from '../validate-pipeline-definition.js';

const validate = (change: Parameters<typeof withChange>[0]) => validatePipelineDefinition(withChange(change));

describe('validatePipelineDefinition — the 100-point indicator sheet', () => {
  it('names the indicator whose items do not add up to its weight', () => {
    // items[10] is 工作业绩's first item (12 of its 20 points).
    const problems = validate((b) => (b.indicatorSheet.items[10].weight = 10));
    expect(codesAt(problems)).toEqual(['INDICATOR_ITEMS_SUM_MISMATCH@$.indicatorSheet.indicators[5].weight']);
    expect(problems[0]?.text.zhCN).toBe('指标「工作业绩」的细项合计 18 分，与该指标的 20 分不符');
    expect(problems[0]?.text.en).toContain('"Results" total 18 points');
  });

  it('refuses indicators that do not total 100, listing each indicator', () => {
    const problems = validate((b) => {
      b.indicatorSheet.indicators[0].weight = 25;
      b.indicatorSheet.items[0].weight = 15;
    });
    expect(codesAt(problems)).toEqual(['INDICATOR_SHEET_TOTAL_NOT_100@$.indicatorSheet.indicators']);
    expect(problems[0]?.text.zhCN).toMatch(/^各项指标合计 105 分，应为 100 分（党组织带头人 25、工作思路 10、/);
  });

  it('adds decimal weights exactly (0.1 + 0.2 is 0.3)', () => {
    const problems = validate((b) => {
      b.indicatorSheet.items[2].weight = 4.9;
      b.indicatorSheet.items[3].weight = 5.1;
    });
    expect(problems).toEqual([]);
  });

  it('refuses an item weight that is not a positive number with at most one decimal', () => {
    expect(codesAt(validate((b) => (b.indicatorSheet.items[3].weight = -5)))).toEqual([
      'ITEM_WEIGHT_INVALID@$.indicatorSheet.items[3].weight',
    ]);
    expect(codesAt(validate((b) => (b.indicatorSheet.items[3].weight = 2.55)))).toEqual([
      'ITEM_WEIGHT_INVALID@$.indicatorSheet.items[3].weight',
    ]);
    expect(codesAt(validate((b) => (b.indicatorSheet.items[3].weight = '5')))).toEqual([
      'ITEM_WEIGHT_INVALID@$.indicatorSheet.items[3].weight',
    ]);
  });

  it('refuses an item mapped to an unknown indicator, or to one the sheet does not list', () => {
    const problems = validate((b) => (b.indicatorSheet.items[3].indicator = 'economy'));
    expect(codesAt(problems)).toEqual([
      'ITEM_UNKNOWN_INDICATOR@$.indicatorSheet.items[3].indicator',
      'INDICATOR_ITEMS_SUM_MISMATCH@$.indicatorSheet.indicators[1].weight',
    ]);
    const dropped = validate((b) => {
      b.indicatorSheet.indicators.splice(3, 1);
      b.indicatorSheet.indicators[0].weight = 30;
      b.indicatorSheet.items[0].weight = 20;
    });
    expect(codesAt(dropped)).toEqual([
      'ITEM_UNKNOWN_INDICATOR@$.indicatorSheet.items[6].indicator',
      'ITEM_UNKNOWN_INDICATOR@$.indicatorSheet.items[7].indicator',
    ]);
  });

  it('refuses an indicator that is not one of the seven, or listed twice, or without items', () => {
    expect(codesAt(validate((b) => (b.indicatorSheet.indicators[3].code = 'economy')))).toEqual([
      'INDICATOR_UNKNOWN@$.indicatorSheet.indicators[3].code',
      'INDICATOR_SHEET_TOTAL_NOT_100@$.indicatorSheet.indicators',
      'ITEM_UNKNOWN_INDICATOR@$.indicatorSheet.items[6].indicator',
      'ITEM_UNKNOWN_INDICATOR@$.indicatorSheet.items[7].indicator',
    ]);
    expect(
      codesAt(
        validate((b) => {
          b.indicatorSheet.indicators.push({ ...b.indicatorSheet.indicators[0], weight: 0.1 });
          b.indicatorSheet.indicators[0].weight = 19.9;
          b.indicatorSheet.items[0].weight = 9.9;
        }),
      ),
      // The repeated entry is not counted, so the total falls short as well.
    ).toEqual([
      'INDICATOR_DUPLICATE@$.indicatorSheet.indicators[7].code',
      'INDICATOR_SHEET_TOTAL_NOT_100@$.indicatorSheet.indicators',
    ]);
    expect(
      codesAt(
        validate((b) => {
          b.indicatorSheet.items.splice(2, 2);
          b.indicatorSheet.indicators[1].weight = 10;
        }),
      ),
    ).toEqual(['INDICATOR_ITEMS_MISSING@$.indicatorSheet.indicators[1].weight']);
  });

  it('refuses duplicate item keys and misspelt fields', () => {
    expect(
      codesAt(
        validate((b) => {
          b.indicatorSheet.items[1].key = b.indicatorSheet.items[0].key;
          b.indicatorSheet.items[1].wieght = 1;
        }),
      ),
    ).toEqual(['FIELD_UNKNOWN@$.indicatorSheet.items[1].wieght', 'ITEM_KEY_DUPLICATE@$.indicatorSheet.items[1].key']);
  });

  it('requires the sheet (and every other grading section) for the grading cycle only', () => {
    expect(codesAt(validate((b) => delete b.indicatorSheet))).toEqual(['SECTION_REQUIRED@$.indicatorSheet']);
    const pledge = withChange(() => undefined, 'pledge');
    expect(validatePipelineDefinition(pledge)).toEqual([]);
  });
});
