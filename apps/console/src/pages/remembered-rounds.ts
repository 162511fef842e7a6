/** Rounds launched from this browser, so the dashboard is one click away (the API has no round list yet). */
const KEY = 'cxzy.rounds';

export function rememberedRounds(): { id: string; year: number }[] {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? '[]') as { id: string; year: number }[];
  } catch {
    return [];
  }
}

export function rememberRound(id: string, year: number): void {
  const rest = rememberedRounds().filter((r) => r.id !== id);
  localStorage.setItem(KEY, JSON.stringify([{ id, year }, ...rest].slice(0, 10)));
}
