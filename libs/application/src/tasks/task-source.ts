import type { ApprovalTaskOperationName, LocalizedText, RoleGrant, SortableTask, TaskListView } from '@cxzy/domain';

/** Which process's tasks an item is: one source per process (ADR 0027). */
export type TaskSourceName = 'approval' | 'grading' | 'step' | 'peer-evaluation';

/**
 * One line of 我的待办, whatever process it comes from: what, where, which step, by when, what the
 * caller may do on it, and the console page where it is done.
 */
export interface TaskListItem extends SortableTask {
  readonly source: TaskSourceName;
  /** approval-task · approval-copy · approval-started · superior-rating · plan-approval · acceptance · classification-approval · grading-action · step · peer-evaluation */
  readonly kind: string;
  /** The process, e.g. 2027年度晋位升级 / 党员承诺践诺. */
  readonly process: LocalizedText;
  /** The approval's own title, when the item is one (e.g. 王磊的承诺审核). */
  readonly title: string | null;
  readonly organisationId: string | null;
  readonly organisationName: string | null;
  readonly step: LocalizedText;
  readonly stepKey: string;
  /** Working days from today (Beijing, 调休 counted) to the deadline; negative when overdue; null without a deadline. */
  readonly workingDaysLeft: number | null;
  readonly overdue: boolean;
  /** The process's or task's status now (approval status, branch or round state). */
  readonly status: string | null;
  /** The approval task to send operations to, and those the caller may send now. */
  readonly taskId: string | null;
  readonly operations: readonly ApprovalTaskOperationName[];
  /** 代理: the person away this task came to the caller for. */
  readonly deputyFor: string | null;
  /** The role whose step it is (open steps). */
  readonly assigneeRole: string | null;
  /** The console page where it is decided or done, e.g. /grading-rounds/…/branches/…. */
  readonly link: string;
}

/** Who asks: from the access token only. */
export interface TaskCaller {
  readonly username: string;
  readonly userId: string | null;
  readonly grants: readonly RoleGrant[];
}

/** An item as a source gives it: the use case counts the working days left. */
export type SourcedTask = Omit<TaskListItem, 'workingDaysLeft' | 'overdue'>;

/**
 * A process's part of the task list. `list` answers its first `limit` items of the view in the
 * view's order (`compareTasks`); a source with nothing for a view answers 0 and [].
 */
export interface TaskSource {
  count(caller: TaskCaller, view: TaskListView): Promise<number>;
  list(caller: TaskCaller, view: TaskListView, limit: number): Promise<SourcedTask[]>;
}

/** The path of a link (a full URL or a path). */
export const pathOf = (link: string): string => {
  try {
    return new URL(link, 'http://local').pathname;
  } catch {
    return link;
  }
};
