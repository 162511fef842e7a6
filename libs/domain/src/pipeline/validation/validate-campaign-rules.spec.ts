import { defaultPipelineDefinition } from '../defaults/default-definitions.js';
import { validatePipelineDefinition } from '../validate-pipeline-definition.js';

type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const body = (kind: 'campaign' | 'commendation'): Loose =>
  JSON.parse(JSON.stringify(defaultPipelineDefinition(kind, 'window-service'))) as Loose;
const codesAt = (value: unknown) => validatePipelineDefinition(value).map((p) => `${p.code}@${p.path}`);

describe('campaign and commendation sections', () => {
  it('are required by their kinds', () => {
    const campaign = body('campaign');
    delete campaign.campaign;
    const commendation = body('commendation');
    delete commendation.commendation;
    expect(codesAt(campaign)).toEqual(['SECTION_REQUIRED@$.campaign']);
    expect(codesAt(commendation)).toEqual(['SECTION_REQUIRED@$.commendation']);
  });

  it('refuse a competition sheet that does not add up to 100, and duplicate items', () => {
    const campaign = body('campaign');
    campaign.campaign.competitionSheet[0].weight = 30;
    campaign.campaign.competitionSheet[1].key = 'skills';
    expect(codesAt(campaign)).toEqual([
      'COMPETITION_ITEM_DUPLICATE@$.campaign.competitionSheet[1].key',
      'COMPETITION_SHEET_TOTAL_NOT_100@$.campaign.competitionSheet',
    ]);
  });

  it('refuse weights that do not add up to 100 and an unknown weight', () => {
    const campaign = body('campaign');
    campaign.campaign.weights.public = 50;
    campaign.campaign.weights.self = 10;
    expect(codesAt(campaign)).toEqual([
      'FIELD_UNKNOWN@$.campaign.weights.self',
      'CAMPAIGN_WEIGHTS_NOT_100@$.campaign.weights',
    ]);
  });

  it('refuse a mapping out of order or one that leaves low scores unmapped', () => {
    const campaign = body('campaign');
    campaign.campaign.publicAppraisalMapping = [
      { minScore: 80, percent: 80 },
      { minScore: 90, percent: 100 },
    ];
    expect(codesAt(campaign)).toEqual([
      'MAPPING_OUT_OF_ORDER@$.campaign.publicAppraisalMapping[1].minScore',
      'MAPPING_NOT_TOTAL@$.campaign.publicAppraisalMapping',
    ]);
  });

  it('refuse out-of-range thresholds and days, naming each field', () => {
    const campaign = body('campaign');
    campaign.campaign.lowPublicScoreBelow = 120;
    campaign.campaign.followUpDays = 0;
    const commendation = body('commendation');
    commendation.commendation.vetWorkingDays = 1.5;
    commendation.commendation.minSupportPercent = -1;
    expect(codesAt(campaign)).toEqual([
      'PERCENT_OUT_OF_RANGE@$.campaign.lowPublicScoreBelow',
      'FOLLOW_UP_DAYS_INVALID@$.campaign.followUpDays',
    ]);
    expect(codesAt(commendation)).toEqual([
      'VET_DAYS_INVALID@$.commendation.vetWorkingDays',
      'PERCENT_OUT_OF_RANGE@$.commendation.minSupportPercent',
    ]);
  });

  it('are refused on a kind that does not know them only when malformed (backward compatible bodies stay valid)', () => {
    expect(codesAt(defaultPipelineDefinition('pledge', 'village'))).toEqual([]);
    expect(codesAt(defaultPipelineDefinition('grading-cycle', 'window-service'))).toEqual([]);
  });

  it('need the campaign steps in order', () => {
    const campaign = body('campaign');
    campaign.steps = campaign.steps.filter((s: Loose) => s.key !== 'rate');
    expect(codesAt(campaign).some((c) => c.startsWith('STEP_REQUIRED') || c.includes('rate'))).toBe(true);
  });
});
