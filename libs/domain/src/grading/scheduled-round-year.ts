import type { IsoDate } from '../calendar/calendar-date.js';

/**
 * The round a yearly launch schedule opens on `today` (Beijing date): 部署 is "at the start of the
 * year (or end of the previous one)" (document 3), so a launch in November or December opens the
 * NEXT year's round and any other month this year's. The deploy window check then decides.
 */
export function scheduledRoundYear(today: IsoDate): number {
  const year = Number(today.slice(0, 4));
  return Number(today.slice(5, 7)) >= 11 ? year + 1 : year;
}
