import { Badge, Button, Card, Empty, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { consolePathOf } from '../components/console-path';
import { RequestError } from '../components/request-error';
import { useRequest } from '../components/use-request';
import { formatDateTime } from '../i18n/format-date';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { OPERATION_LABELS } from '../i18n/messages-tasks';
import { STATE_LABELS, STATUS_LABELS } from '../i18n/states';
import { useRouter } from '../router';

type Task = Schemas['MyTaskDto'];
type View = 'todo' | 'done' | 'cc' | 'started';
const VIEWS: { view: View; label: MessageKey; empty: MessageKey; at: MessageKey }[] = [
  { view: 'todo', label: 'viewTodo', empty: 'noTasks', at: 'arrivedAt' },
  { view: 'done', label: 'viewDone', empty: 'noDoneTasks', at: 'actedAt' },
  { view: 'cc', label: 'viewCc', empty: 'noCopies', at: 'copiedAt' },
  { view: 'started', label: 'viewStarted', empty: 'noStarted', at: 'startedAt' },
];
const PAGE_SIZE = 20;

/** The console page where an item is done: a grading or pledge page, else the 审批 page. */
const pageOf = (task: Task): string | null =>
  consolePathOf(task.link) ?? (task.link === '/approvals' ? task.link : null);

/**
 * 我的待办 — every role's home: one list across processes (GET /my-tasks, ADR 0027) in four tabs
 * with their counts, 待办 / 已办 / 抄送我 / 我发起的; each line names the process, the step, the
 * organisation, the deadline in Beijing time and in working days (the API counts them on the 调休
 * calendar), what an approval task allows, and opens the page where it is done.
 */
export function TasksPage() {
  const { t, pick, language } = useI18n();
  const { search, navigate } = useRouter();
  const view = (VIEWS.find((v) => v.view === search.get('view'))?.view ?? 'todo') as View;
  const [page, setPage] = useState(1);
  const tasks = useRequest(
    async () =>
      unwrap(
        await api.GET('/my-tasks', {
          params: { query: { view, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE } },
        }),
      ),
    [view, page],
  );
  const current = VIEWS.find((v) => v.view === view)!;
  const label = (labels: Record<string, { zh: string; en: string }>, key: string) =>
    labels[key]?.[language === 'en' ? 'en' : 'zh'] ?? key;

  const left = (task: Task) => {
    if (task.workingDaysLeft === null) return <Typography.Text type="secondary">{t('noDeadline')}</Typography.Text>;
    if (task.overdue)
      return (
        <Tag color="red">
          {task.workingDaysLeft < 0 ? t('overdueDays', { n: -task.workingDaysLeft }) : t('overdueToday')}
        </Tag>
      );
    if (task.workingDaysLeft === 0) return <Tag color="orange">{t('dueToday')}</Tag>;
    return <Tag color={task.workingDaysLeft <= 2 ? 'gold' : 'blue'}>{t('daysLeft', { n: task.workingDaysLeft })}</Tag>;
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('navTasks')}</Typography.Title>
      <Card
        extra={
          <Button onClick={tasks.reload} loading={tasks.loading}>
            {t('refresh')}
          </Button>
        }
      >
        <Tabs
          aria-label={t('taskViews')}
          activeKey={view}
          onChange={(key) => {
            setPage(1);
            navigate(key === 'todo' ? '/tasks' : `/tasks?view=${key}`);
          }}
          items={VIEWS.map((v) => ({
            key: v.view,
            label: (
              <Space size={4}>
                {t(v.label)}
                <Badge
                  count={tasks.data?.counts[v.view] ?? 0}
                  showZero
                  overflowCount={999}
                  color={v.view === 'todo' ? '#cf1322' : '#8c8c8c'}
                />
              </Space>
            ),
          }))}
        />
        <RequestError error={tasks.error} onRetry={tasks.reload} />
        <Table<Task>
          rowKey="id"
          loading={tasks.loading}
          dataSource={tasks.data?.items ?? []}
          aria-label={`${t('navTasks')} ${t(current.label)}`}
          locale={{ emptyText: <Empty description={t(current.empty)} /> }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: tasks.data?.counts[view] ?? 0,
            showSizeChanger: false,
            onChange: setPage,
          }}
          columns={[
            {
              title: t('process'),
              key: 'process',
              render: (_, task) => (
                <Space direction="vertical" size={0}>
                  <span>{pick(task.process.zhCN, task.process.en)}</span>
                  {task.title && <Typography.Text type="secondary">{task.title}</Typography.Text>}
                </Space>
              ),
            },
            {
              title: t('step'),
              key: 'step',
              render: (_, task) => (
                <Space direction="vertical" size={2}>
                  <span>{pick(task.step.zhCN, task.step.en)}</span>
                  {task.deputyFor && <Tag color="purple">{t('deputyFor', { who: task.deputyFor })}</Tag>}
                  {task.operations.length > 0 && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('allowedOperations')}：{task.operations.map((o) => label(OPERATION_LABELS, o)).join(' · ')}
                    </Typography.Text>
                  )}
                </Space>
              ),
            },
            { title: t('organisation'), key: 'organisation', render: (_, task) => task.organisationName ?? '—' },
            ...(view === 'todo'
              ? [
                  {
                    title: t('deadline'),
                    key: 'deadline',
                    render: (_: unknown, task: Task) =>
                      task.deadlineAt ? formatDateTime(task.deadlineAt, language) : '—',
                  },
                  { title: t('workingDaysLeft'), key: 'left', render: (_: unknown, task: Task) => left(task) },
                ]
              : [
                  {
                    title: t('taskStatus'),
                    key: 'status',
                    render: (_: unknown, task: Task) =>
                      task.status ? label(STATE_LABELS[task.status] ? STATE_LABELS : STATUS_LABELS, task.status) : '—',
                  },
                ]),
            { title: t(current.at), key: 'at', render: (_, task) => formatDateTime(task.at, language) },
            {
              title: t('actions'),
              key: 'open',
              render: (_, task) => {
                const to = pageOf(task);
                const action = view === 'todo' ? t('handle') : t('view');
                return to ? (
                  <Button
                    size="small"
                    type={view === 'todo' ? 'primary' : 'default'}
                    onClick={() => navigate(to)}
                    aria-label={`${action} ${pick(task.step.zhCN, task.step.en)} ${task.title ?? task.organisationName ?? ''}`.trim()}
                  >
                    {action}
                  </Button>
                ) : null;
              },
            },
          ]}
        />
      </Card>
    </Space>
  );
}
