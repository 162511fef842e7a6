import type { LocalizedText } from '../../domain.error.js';
import type { PipelineDefinitionBody, ProcessKind } from '../pipeline-definition.types.js';
import { defaultGradingCycle } from './grading-cycle.defaults.js';
import { defaultPledge } from './pledge.defaults.js';
import { defaultCampaign } from './campaign.defaults.js';
import { defaultCommendation } from './commendation.defaults.js';

/**
 * 工作业绩 per sector (领域), in the words of document 1's sector guidance (农村党员带头致富 …,
 * 国有企业 … 技术创新、节能减排、安全生产, 高等学校 … 教书育人、教学科研, …). Sectors are data: a
 * sector not listed here (one an administrator added) gets the generic items.
 */
const RESULTS_ITEMS_BY_SECTOR: Readonly<Record<string, readonly [LocalizedText, LocalizedText]>> = {
  village: [
    { zhCN: '带头致富、带领群众共同致富', en: 'Leading villagers to prosperity' },
    { zhCN: '维护农村稳定、服务村民', en: 'Rural stability and service to villagers' },
  ],
  'urban-community': [
    { zhCN: '服务社区群众', en: 'Serving community residents' },
    { zhCN: '参与社区建设、维护社区稳定', en: 'Community building and stability' },
  ],
  agency: [
    { zhCN: '改进作风、提高效能', en: 'Better work style and efficiency' },
    { zhCN: '服务群众、廉洁自律', en: 'Public service and integrity' },
  ],
  'soe-finance': [
    { zhCN: '提高管理水平、完成生产经营任务', en: 'Management and business targets' },
    { zhCN: '技术创新、节能减排、安全生产', en: 'Innovation, energy saving and safety' },
  ],
  'non-public': [
    { zhCN: '促进生产经营、团结凝聚职工群众', en: 'Business development and a united workforce' },
    { zhCN: '遵守法律法规、维护各方合法权益', en: 'Law-abiding, protecting lawful interests' },
  ],
  'social-org': [
    { zhCN: '促进各项业务工作开展、团结凝聚群众', en: 'Advancing the organisation’s work' },
    { zhCN: '遵守法律法规、维护各方合法权益', en: 'Law-abiding, protecting lawful interests' },
  ],
  university: [
    { zhCN: '教书育人、推进教育改革', en: 'Teaching, educating and education reform' },
    { zhCN: '加强教学科研', en: 'Teaching and research' },
  ],
  'window-service': [
    { zhCN: '建设群众满意窗口、创造优质服务品牌', en: 'Windows the public is satisfied with' },
    { zhCN: '“三亮三比三评”开展情况', en: 'The 三亮三比三评 campaign' },
  ],
};

/** The sectors the documents name (SPEC §2); more may be added as data. */
export const KNOWN_SECTOR_CODES = Object.keys(RESULTS_ITEMS_BY_SECTOR);

const DEFAULT_BUILDERS: Readonly<Record<string, (sectorCode: string) => PipelineDefinitionBody>> = {
  'grading-cycle': (sectorCode) => defaultGradingCycle(RESULTS_ITEMS_BY_SECTOR[sectorCode]),
  pledge: () => defaultPledge(),
  campaign: (sectorCode) => defaultCampaign(RESULTS_ITEMS_BY_SECTOR[sectorCode]?.[0]),
  commendation: () => defaultCommendation(),
};

/** The kinds that ship with a default definition. */
export const KINDS_WITH_DEFAULTS: readonly ProcessKind[] = Object.keys(DEFAULT_BUILDERS);

/**
 * The default definition of a kind for a sector (a fresh object each call), or undefined for a
 * kind without a default — its first draft must then be given in full.
 */
export function defaultPipelineDefinition(kind: ProcessKind, sectorCode: string): PipelineDefinitionBody | undefined {
  const build = Object.hasOwn(DEFAULT_BUILDERS, kind) ? DEFAULT_BUILDERS[kind] : undefined;
  return build?.(Object.hasOwn(RESULTS_ITEMS_BY_SECTOR, sectorCode) ? sectorCode : '');
}
