/** Dates are shown in Beijing time whatever the browser's zone: deadlines in the documents are. */
export const TIME_ZONE = 'Asia/Shanghai';

export function formatDateTime(value: string | Date | null | undefined, language: string): string {
  if (!value) return '—';
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'zh-CN', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(date);
}
