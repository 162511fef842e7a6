import { Button, Card, Empty, Space, Table, Tag, Typography } from 'antd';
import { api, unwrap, type Schemas } from '../api/client';
import { consolePathOf } from '../components/console-path';
import { RequestError } from '../components/request-error';
import { useRequest } from '../components/use-request';
import { formatDateTime } from '../i18n/format-date';
import { useI18n } from '../i18n/i18n';
import { useRouter } from '../router';

type Task = Schemas['MyTaskDto'];
type PeerRequest = Schemas['MyPeerEvaluationDto'];

/** The grading branch's steps after the tier are done on its rectification page; the task's link names the branch. */
const RECTIFICATION_STEPS = new Set(['rectification-plan', 'progress-report']);
const pageOf = (task: Task): string | null => {
  const path = consolePathOf(task.link);
  if (!path) return null;
  return RECTIFICATION_STEPS.has(task.stepKey) && /\/branches\/[^/]+\/?$/.test(path)
    ? `${path.replace(/\/$/, '')}/rectification`
    : path;
};

/**
 * 待办事项: the open steps of the roles the user holds (GET /my-tasks), soonest deadline first, each
 * with its deadline in Beijing time and in working days on the 调休 calendar (the API counts them).
 */
export function TasksPage() {
  const { t, pick, language } = useI18n();
  const { navigate } = useRouter();
  const tasks = useRequest(async () => unwrap(await api.GET('/my-tasks', { params: { query: { limit: 200 } } })), []);

  const left = (task: Task) => {
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
      <RequestError error={tasks.error} onRetry={tasks.reload} />
      <Card
        extra={
          <Button onClick={tasks.reload} loading={tasks.loading}>
            {t('refresh')}
          </Button>
        }
      >
        <Table<Task>
          rowKey={(task) => `${task.link}#${task.stepKey}`}
          loading={tasks.loading}
          dataSource={tasks.data?.items ?? []}
          pagination={false}
          aria-label={t('navTasks')}
          locale={{ emptyText: <Empty description={t('noTasks')} /> }}
          columns={[
            { title: t('process'), key: 'process', render: (_, task) => pick(task.process.zhCN, task.process.en) },
            { title: t('step'), key: 'step', render: (_, task) => pick(task.step.zhCN, task.step.en) },
            { title: t('organisation'), dataIndex: 'organisationName' },
            {
              title: t('deadline'),
              key: 'deadline',
              render: (_, task) => formatDateTime(task.deadlineAt, language),
            },
            { title: t('workingDaysLeft'), key: 'left', render: (_, task) => left(task) },
            {
              title: t('actions'),
              key: 'open',
              render: (_, task) => {
                const to = pageOf(task);
                return to ? (
                  <Button
                    size="small"
                    onClick={() => navigate(to)}
                    aria-label={`${t('open')} ${pick(task.step.zhCN, task.step.en)}`}
                  >
                    {t('open')}
                  </Button>
                ) : null;
              },
            },
          ]}
        />
      </Card>
      {(tasks.data?.peerEvaluations.length ?? 0) > 0 && (
        <Card title={<h3 style={{ margin: 0, fontSize: 16 }}>{t('peerRequestsTitle')}</h3>}>
          <Table<PeerRequest>
            rowKey={(request) => request.pledgeId}
            dataSource={tasks.data?.peerEvaluations ?? []}
            pagination={false}
            aria-label={t('peerRequestsTitle')}
            columns={[
              { title: t('pledgers'), key: 'pledgers', render: (_, r) => r.pledgerNames.join('、') },
              { title: t('organisation'), dataIndex: 'organisationName' },
              { title: t('requestedBy'), dataIndex: 'requestedBy' },
              {
                title: t('requestedAt'),
                key: 'requestedAt',
                render: (_, r) => formatDateTime(r.requestedAt, language),
              },
              {
                title: t('actions'),
                key: 'open',
                render: (_, r) => {
                  const to = consolePathOf(r.link);
                  return to ? (
                    <Button
                      size="small"
                      onClick={() => navigate(to)}
                      aria-label={`${t('open')} ${t('peerEvaluation')} ${r.pledgerNames.join('、')}`}
                    >
                      {t('open')}
                    </Button>
                  ) : null;
                },
              },
            ]}
          />
        </Card>
      )}
    </Space>
  );
}
