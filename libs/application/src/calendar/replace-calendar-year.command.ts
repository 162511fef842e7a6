/** 设置某年的节假日与调休 — the whole year at once, as published by the State Council. */
export interface ReplaceCalendarYearCommand {
  readonly year: number;
  readonly holidays: readonly { readonly date: string; readonly nameZhCN: string }[];
  readonly makeUpWorkdays: readonly { readonly date: string; readonly nameZhCN: string }[];
  readonly actor: string;
}
