import type { LocalizedText } from '../domain.error.js';

/** 五带头 — the five leads every pledge should reflect (document 1, part 二). */
export const FIVE_LEADS: readonly { readonly key: string; readonly name: LocalizedText }[] = [
  { key: 'study', name: { zhCN: '带头学习提高', en: 'lead in study' } },
  { key: 'results', name: { zhCN: '带头争创佳绩', en: 'lead in results' } },
  { key: 'service', name: { zhCN: '带头服务群众', en: 'lead in serving the public' } },
  { key: 'law', name: { zhCN: '带头遵纪守法', en: 'lead in abiding by the law' } },
  { key: 'integrity', name: { zhCN: '带头弘扬正气', en: 'lead in integrity' } },
];

const s = (zhCN: string, en: string): LocalizedText => ({ zhCN, en });

/**
 * 承诺内容参考 per sector, in the seed's words (document 1, part 二). Keys are the built-in sector
 * codes; a sector an administrator adds later gets the five leads only.
 */
export const SECTOR_PLEDGE_SUGGESTIONS: Readonly<Record<string, readonly LocalizedText[]>> = {
  village: [
    s('带头致富', 'getting rich first'),
    s('带领群众共同致富', 'leading villagers to prosperity together'),
    s('维护农村稳定', 'keeping the countryside stable'),
  ],
  'urban-community': [
    s('服务社区群众', 'serving residents'),
    s('参与社区建设', 'taking part in building the community'),
    s('维护社区稳定', 'keeping the community stable'),
  ],
  'soe-finance': [
    s('提高管理水平', 'better management'),
    s('完成生产经营任务', 'meeting production and business targets'),
    s('技术创新', 'technical innovation'),
    s('节能减排', 'energy saving and emission reduction'),
    s('安全生产', 'work safety'),
    s('维护职工权益', "protecting workers' rights"),
  ],
  university: [
    s('贯彻党的教育方针', "carrying out the Party's education policy"),
    s('推进教育改革', 'advancing education reform'),
    s('搞好教书育人', 'teaching and educating well'),
    s('加强教学科研', 'strengthening teaching and research'),
  ],
  agency: [
    s('改进作风', 'improving work style'),
    s('提高效能', 'raising efficiency'),
    s('服务群众', 'serving the public'),
    s('廉洁自律', 'integrity and self-discipline'),
  ],
  'non-public-enterprise': [
    s('遵守国家法律法规', 'abiding by laws and regulations'),
    s('团结凝聚职工群众', 'uniting the workforce'),
    s('维护各方合法权益', 'protecting the lawful rights of all parties'),
    s('促进生产经营和各项业务工作开展', 'advancing production and business'),
  ],
  'social-organisation': [
    s('遵守国家法律法规', 'abiding by laws and regulations'),
    s('团结凝聚职工群众', 'uniting the workforce'),
    s('维护各方合法权益', 'protecting the lawful rights of all parties'),
    s('促进各项业务工作开展', 'advancing the organisation’s work'),
  ],
  'window-service': [
    s('坚持“三亮三比三评”', 'keeping up 三亮三比三评'),
    s('建设群众满意窗口', 'building a window the public is satisfied with'),
    s('创造优质服务品牌', 'creating a quality service brand'),
    s('提高服务水平', 'raising the level of service'),
  ],
};

export interface PledgeSuggestions {
  readonly sectorCode: string;
  readonly sector: readonly LocalizedText[];
  readonly fiveLeads: typeof FIVE_LEADS;
}

export function pledgeSuggestions(sectorCode: string): PledgeSuggestions {
  return { sectorCode, sector: SECTOR_PLEDGE_SUGGESTIONS[sectorCode] ?? [], fiveLeads: FIVE_LEADS };
}
