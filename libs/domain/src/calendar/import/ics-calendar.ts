import type { DomainErrorDetail } from '../../domain.error.js';
import { addDays, isIsoDate, toDayNumber, yearOf, type IsoDate } from '../calendar-date.js';
import type { CalendarDay } from '../working-day-calendar.js';
import {
  calendarYearFromEntries,
  MAX_CALENDAR_NAME_LENGTH,
  type LocatedCalendarEntry,
} from './located-calendar-entry.js';

/** A SUMMARY naming a day worked (班 / 上班 / 补班 / 调休上班) marks a make-up workday; any other, a day off. */
const WORKDAY_MARK = /班/;
/** The marker words stripped from a SUMMARY to leave the holiday's name: 春节（休）, 国庆节 补班. */
const MARKERS = /[\s（(【[]*(调休上班|补班|上班|班|调休|放假|休息|休)[\s）)】\]]*$/;
/** No public holiday runs longer; a longer event is a mistake, not a calendar. */
const MAX_EVENT_DAYS = 31;

interface RawEvent {
  readonly index: number;
  readonly props: Map<string, { params: string; value: string }>;
}

/** RFC 5545 §3.1: a line starting with a space or tab continues the previous one. */
const unfold = (text: string): string[] =>
  text
    .replace(/\r\n?/g, '\n')
    .replace(/\n[ \t]/g, '')
    .split('\n');

const unescape = (value: string): string =>
  value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? ' ' : c)).trim();

function eventsOf(text: string): RawEvent[] {
  const events: RawEvent[] = [];
  let current: Map<string, { params: string; value: string }> | null = null;
  for (const line of unfold(text)) {
    const upper = line.trim().toUpperCase();
    if (upper === 'BEGIN:VEVENT') current = new Map();
    else if (upper === 'END:VEVENT' && current) {
      events.push({ index: events.length, props: current });
      current = null;
    } else if (current) {
      const colon = line.indexOf(':');
      if (colon <= 0) continue;
      const [name, ...params] = line.slice(0, colon).split(';');
      const key = name!.trim().toUpperCase();
      if (!current.has(key)) current.set(key, { params: params.join(';').toUpperCase(), value: line.slice(colon + 1) });
    }
  }
  return events;
}

/** YYYYMMDD (an all-day DATE value) → YYYY-MM-DD; null for a date-time or anything else. */
function allDayDate(prop: { params: string; value: string } | undefined): IsoDate | null {
  const match = prop ? /^(\d{4})(\d{2})(\d{2})$/.exec(prop.value.trim()) : null;
  if (!match) return null;
  const date = `${match[1]}-${match[2]}-${match[3]}`;
  return isIsoDate(date) ? date : null;
}

/** 春节（休） → 春节; a summary that is only a marker keeps its text. */
export const holidayNameOf = (summary: string): string => summary.replace(MARKERS, '').trim() || summary.trim();

/**
 * 调休日历 from an iCalendar file (.ics): every all-day VEVENT (DTSTART;VALUE=DATE, DTEND exclusive
 * or absent for one day) whose days fall in `year`; days of other years are skipped, so a feed of
 * several years imports one year at a time. A SUMMARY containing 班 (上班, 补班, 调休上班) marks a
 * make-up workday, any other a holiday, named by the SUMMARY without its marker. Every problem
 * names its event (`$.events[2].DTSTART`); a file with any problem imports nothing (invalid → 422).
 */
export function calendarYearFromIcs(year: number, text: string): CalendarDay[] {
  const problems: DomainErrorDetail[] = [];
  const entries: LocatedCalendarEntry[] = [];
  const events = eventsOf(typeof text === 'string' ? text : '');
  if (events.length === 0) {
    problems.push({
      path: 'file',
      code: 'CALENDAR_ICS_NO_EVENTS',
      text: {
        zhCN: '文件中没有日程（VEVENT），不是 iCalendar 日历？',
        en: 'the file has no VEVENT: is it an iCalendar file?',
      },
    });
  }
  for (const event of events) {
    const at = `$.events[${event.index}]`;
    const where = { zhCN: `第 ${event.index + 1} 个日程`, en: `event ${event.index + 1}` };
    const add = (field: string, code: string, zhCN: string, en: string) =>
      problems.push({
        path: `${at}.${field}`,
        code,
        text: { zhCN: `${where.zhCN}：${zhCN}`, en: `${where.en}: ${en}` },
      });
    const summary = unescape(event.props.get('SUMMARY')?.value ?? '');
    const start = allDayDate(event.props.get('DTSTART'));
    if (!start) {
      add(
        'DTSTART',
        'CALENDAR_ICS_NOT_ALL_DAY',
        '开始日期应为全天日期（VALUE=DATE，YYYYMMDD）',
        'DTSTART must be an all-day date (VALUE=DATE, YYYYMMDD)',
      );
      continue;
    }
    const endProp = event.props.get('DTEND');
    const end = endProp ? allDayDate(endProp) : addDays(start, 1);
    if (!end || end <= start || toDayNumber(end) - toDayNumber(start) > MAX_EVENT_DAYS) {
      add(
        'DTEND',
        'CALENDAR_ICS_END_INVALID',
        `结束日期应为晚于开始、相隔不超过 ${MAX_EVENT_DAYS} 天的全天日期`,
        `DTEND must be an all-day date after DTSTART, at most ${MAX_EVENT_DAYS} days later`,
      );
      continue;
    }
    const name = holidayNameOf(summary);
    if (name.length > MAX_CALENDAR_NAME_LENGTH) {
      add(
        'SUMMARY',
        'CALENDAR_IMPORT_NAME_TOO_LONG',
        `名称超过 ${MAX_CALENDAR_NAME_LENGTH} 个字`,
        `the name is longer than ${MAX_CALENDAR_NAME_LENGTH} characters`,
      );
      continue;
    }
    const kind: CalendarDay['kind'] = WORKDAY_MARK.test(summary) ? 'make-up-workday' : 'holiday';
    for (let day = start; day < end; day = addDays(day, 1)) {
      if (yearOf(day) === year) entries.push({ date: day, kind, nameZhCN: name, at, where });
    }
  }
  return calendarYearFromEntries(year, entries, problems);
}
