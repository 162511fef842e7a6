/**
 * The pledges proposed from this browser, so a member finds theirs again (the API has no list of a
 * member's pending pledges yet; approved ones are in the branch's ledger).
 */
const KEY = 'cxzy.pledges';

export const rememberedPledges = (): { id: string; year: number; content: string }[] => {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? '[]') as { id: string; year: number; content: string }[];
  } catch {
    return [];
  }
};

export const rememberPledge = (id: string, year: number, content: string) =>
  localStorage.setItem(KEY, JSON.stringify([{ id, year, content }, ...rememberedPledges()].slice(0, 20)));
