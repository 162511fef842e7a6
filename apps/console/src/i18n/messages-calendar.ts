/** The texts of the 调休日历 page (zh-CN first, en); part of `messages`. */
export const calendarMessages = {
  navCalendar: { zh: '调休日历', en: 'Holiday calendar' },
  calendarYear: { zh: '年份', en: 'Year' },
  calendarHint: {
    zh: '按国务院办公厅公布的节假日安排计算工作日截止日期；2025、2026 年已内置，其他年份请导入。',
    en: 'Working-day deadlines follow the State Council’s holiday schedule; 2025 and 2026 are built in, import other years.',
  },
  calendarImport: { zh: '导入 .ics / Excel', en: 'Import .ics / xlsx' },
  calendarImportHelp: {
    zh: '.ics：全天日程，标题含“班”为调休上班，其余为放假；Excel/CSV：列为 日期 / 类型（放假 或 上班）/ 名称。导入将替换该年全部设置。',
    en: '.ics: all-day events, a title with 班 is a working day, any other a day off; xlsx/csv: columns 日期 / 类型 (放假 or 上班) / 名称. Importing replaces the whole year.',
  },
  calendarImported: {
    zh: '已导入 {year} 年：放假 {holidays} 天，调休上班 {workdays} 天',
    en: 'Imported {year}: {holidays} days off, {workdays} days worked',
  },
  calendarExport: { zh: '导出 .ics', en: 'Export .ics' },
  calendarSummary: { zh: '全年工作日 {n} 天', en: '{n} working days in the year' },
  calendarDate: { zh: '日期', en: 'Date' },
  calendarKind: { zh: '类型', en: 'Type' },
  calendarName: { zh: '名称', en: 'Name' },
  calendarHoliday: { zh: '放假', en: 'Day off' },
  calendarWorkday: { zh: '调休上班', en: 'Day worked' },
  calendarEmpty: { zh: '该年尚无节假日安排', en: 'No holidays configured for this year' },
} as const;
