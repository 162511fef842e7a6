import { randomUUID } from 'node:crypto';
import { UserRepository } from '@cxzy/persistence';
import type { TestStack } from '../../support/test-stack.js';
import { signedAs, type Http } from '../../support/auth.js';
import { eventually } from '../../support/eventually.js';

/**
 * Acts as `username`: a registry user with the roles they hold now, or (the approvals' plain
 * signers, who need no role) a caller known only by a signed token with no grants.
 */
export async function caller(stack: TestStack, username: string): Promise<Http> {
  const user = await stack.api.get(UserRepository).findByUsername(username);
  return user ? stack.as(username) : signedAs(stack.api, username);
}

/** One approval step in the definition step format (no deadline unless given). */
export function step(key: string, quorum: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return {
    key,
    name: { zhCN: `环节${key}`, en: `Step ${key}` },
    actor: { role: 'supervisor', level: 'self' },
    quorum,
    reminders: [],
    escalation: [],
    ...extra,
  };
}

/** Starts an approval through the API (202); its tasks reach the projection shortly after. */
export async function submitApproval(
  stack: TestStack,
  {
    actor = 'submitter',
    ...body
  }: { actor?: string; title?: string; steps: unknown[]; people: Record<string, unknown>; [k: string]: unknown },
): Promise<string> {
  const response = await (
    await caller(stack, actor)
  )
    .post('/approvals')
    .send({ title: '测试审批', ...body })
    .expect(202);
  return response.body.processId as string;
}

/** Starts an approval through the API and waits until its first tasks are in the projection. */
export async function startApproval(stack: TestStack, request: Parameters<typeof submitApproval>[1]): Promise<string> {
  const processId = await submitApproval(stack, request);
  await eventually(async () => ((await tasksOf(stack, processId)).length > 0 ? true : undefined), {
    what: `tasks of ${processId}`,
  });
  return processId;
}

export interface TaskRow {
  id: string;
  step_key: string;
  generation: number;
  assignee: string;
  deputy_for: string | null;
  delegate: string | null;
  status: string;
  actionable: boolean;
  urge_count: number;
}

export const tasksOf = (stack: TestStack, processId: string) =>
  stack.db.query<TaskRow>(
    `SELECT id, step_key, generation, assignee, deputy_for, delegate, status, actionable, urge_count
     FROM approval_tasks WHERE process_id = $1 ORDER BY split_part(id, '.', 2)::int`,
    [processId],
  );

/** The open task `assignee` holds (in person, as deputy, or as delegate). */
export async function openTask(stack: TestStack, processId: string, assignee: string): Promise<string> {
  const task = (await tasksOf(stack, processId)).find(
    (t) => t.status === 'pending' && (t.delegate === assignee || (t.assignee === assignee && t.delegate === null)),
  );
  if (!task) throw new Error(`${assignee} holds no open task in ${processId}`);
  return task.id;
}

/** Sends an operation on a task as `actor` when the expected status is given; `expect` checks it. */
export const onTask = (
  stack: TestStack,
  taskId: string,
  action: string,
  actor: string,
  body: Record<string, unknown> = {},
) => ({
  expect: async (status: number) =>
    (await caller(stack, actor))
      .post(`/approval-tasks/${taskId}/${action}`)
      .send({ idempotencyKey: randomUUID(), ...body })
      .expect(status),
});

export const processStatus = async (stack: TestStack, processId: string) =>
  (
    await stack.db.query<{ status: string; current_step: string }>(
      'SELECT status, current_step FROM approval_processes WHERE id = $1',
      [processId],
    )
  )[0];

export const inboxTitles = async (stack: TestStack, recipient: string): Promise<string[]> =>
  (
    (await (await caller(stack, recipient)).get('/inbox').query({ pageSize: 100 }).expect(200)).body.items as {
      titleZhCN: string;
    }[]
  ).map((n) => n.titleZhCN);
