/** The four views of 我的待办 — 待办 / 已办 / 抄送我 / 我发起的 (the Chinese OA layout). */
export const TASK_LIST_VIEWS = ['todo', 'done', 'cc', 'started'] as const;
export type TaskListView = (typeof TASK_LIST_VIEWS)[number];

/** What a merged list needs of an item: when it came (or was acted on) and its deadline, if any. */
export interface SortableTask {
  readonly id: string;
  /** 待办: when it arrived; 已办: when the caller acted; 抄送我: when copied; 我发起的: when submitted. */
  readonly at: Date;
  readonly deadlineAt: Date | null;
}

/**
 * The order of a view: 待办 soonest deadline first (what is due comes first, items without a
 * deadline after, oldest first); the other views newest first. Ties break on the id, so pages
 * never overlap nor skip an item.
 */
export function compareTasks(view: TaskListView, a: SortableTask, b: SortableTask): number {
  if (view === 'todo') {
    const da = a.deadlineAt?.getTime() ?? Number.POSITIVE_INFINITY;
    const db = b.deadlineAt?.getTime() ?? Number.POSITIVE_INFINITY;
    if (da !== db) return da < db ? -1 : 1;
    if (a.at.getTime() !== b.at.getTime()) return a.at.getTime() - b.at.getTime();
  } else if (a.at.getTime() !== b.at.getTime()) return b.at.getTime() - a.at.getTime();
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * One page of a view merged from several sources. Each source gave its first `offset + limit`
 * items in the view's order, so the merged page is exact: no item of a later position in one
 * source can come before the page's last.
 */
export function mergeTaskPages<T extends SortableTask>(
  view: TaskListView,
  sources: readonly (readonly T[])[],
  offset: number,
  limit: number,
): T[] {
  return sources
    .flat()
    .sort((a, b) => compareTasks(view, a, b))
    .slice(offset, offset + limit);
}
