import type { CalendarDay } from '../working-day-calendar.js';

const escape = (text: string): string => text.replace(/([\\;,])/g, '\\$1').replace(/\n/g, '\\n');
const compact = (date: string): string => date.replace(/-/g, '');

/**
 * A year's calendar as iCalendar text, one all-day VEVENT per day, in the convention
 * calendarYearFromIcs reads: SUMMARY 春节（休） for a day off, 春节（班） for a day worked.
 * `stamp` (YYYYMMDDTHHMMSSZ) is passed in, so the output depends on its input only.
 */
export function calendarYearToIcs(year: number, days: readonly CalendarDay[], stamp: string): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//cxzy//调休日历//ZH', 'CALSCALE:GREGORIAN'];
  lines.push(`X-WR-CALNAME:${year} 年节假日与调休`);
  for (const day of [...days].sort((a, b) => a.date.localeCompare(b.date))) {
    const [y, m, d] = day.date.split('-').map(Number) as [number, number, number];
    const next = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
    const mark = day.kind === 'holiday' ? '休' : '班';
    lines.push(
      'BEGIN:VEVENT',
      `UID:${compact(day.date)}-${day.kind}@cxzy`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(day.date)}`,
      `DTEND;VALUE=DATE:${compact(next)}`,
      `SUMMARY:${escape(day.nameZhCN)}（${mark}）`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}
