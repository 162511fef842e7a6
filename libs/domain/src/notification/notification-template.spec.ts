import fc from 'fast-check';
import { formatBeijingTime, renderNotification, type NotificationTemplate } from './notification-template.js';

const templates: NotificationTemplate[] = [
  'step-due-soon',
  'step-due-today',
  'step-overdue',
  'step-escalated',
  'step-escalated-copy',
];
const params = {
  process: { zhCN: '2026年度晋位升级', en: 'grading round 2026' },
  step: { zhCN: '分类定级', en: 'grading' },
  deadline: '2026-03-31T09:00:00.000Z',
  link: 'http://127.0.0.1:3000/rounds/1',
  assignee: { zhCN: '东风村党支部', en: 'Dongfeng village branch' },
};

describe('formatBeijingTime', () => {
  it('shows instants in UTC+8, across the date line', () => {
    expect(formatBeijingTime('2026-03-31T09:00:00Z')).toEqual({
      zhCN: '2026年3月31日 17:00',
      en: '2026-03-31 17:00 Beijing time',
    });
    expect(formatBeijingTime('2026-12-31T16:30:00Z').zhCN).toBe('2027年1月1日 00:30');
  });

  it('refuses what is not a date', () => {
    expect(() => formatBeijingTime('tomorrow')).toThrow(RangeError);
  });
});

describe('renderNotification', () => {
  it.each(templates)('%s names the process, the step, the deadline and keeps the link', (template) => {
    const rendered = renderNotification(template, params);
    for (const text of [rendered.title.zhCN + rendered.body.zhCN]) {
      expect(text).toContain('分类定级');
    }
    expect(rendered.body.zhCN).toContain('2026年3月31日 17:00');
    expect(rendered.body.en).toContain('2026-03-31 17:00 Beijing time');
    expect(rendered.body.zhCN + rendered.title.zhCN).toMatch(/2026年度晋位升级|东风村党支部/);
    expect(rendered.link).toBe(params.link);
  });

  it('names the late organisation in escalations and copies', () => {
    expect(renderNotification('step-escalated', params).title.zhCN).toBe('【督办】东风村党支部·分类定级逾期未办');
    expect(renderNotification('step-escalated-copy', params).body.zhCN).toMatch(/^抄送知悉：东风村党支部/);
  });

  it('gives every template a distinct zh-CN title for any process and step', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), (p, s) => {
        const titles = templates.map(
          (t) => renderNotification(t, { ...params, process: { zhCN: p, en: p }, step: { zhCN: s, en: s } }).title.zhCN,
        );
        return new Set(titles).size === templates.length;
      }),
    );
  });
});
