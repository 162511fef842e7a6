import { Button, Card, Descriptions, Progress, Space, Spin, Table, Typography } from 'antd';
import { useEffect } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { RequestError } from '../components/request-error';
import { useRequest } from '../components/use-request';
import { formatDateTime } from '../i18n/format-date';
import { useI18n } from '../i18n/i18n';
import { STATE_LABELS } from '../i18n/states';

type SectorProgress = Schemas['SectorProgressDto'];

const REFRESH_MS = 5_000;

/** 轮次进度: the round's branches per step, in all and per sector (GET /grading-rounds/:id), refreshed every 5 s. */
export function RoundDashboardPage({ roundId }: { roundId: string }) {
  const { t, language, pick } = useI18n();
  const sectors = useRequest(async () => unwrap(await api.GET('/sectors')), []);
  const sectorName = (code: string) => {
    const sector = sectors.data?.find((s) => s.code === code);
    return sector ? pick(sector.nameZhCN, sector.nameEn) : code;
  };
  const round = useRequest(
    async () => unwrap(await api.GET('/grading-rounds/{roundId}', { params: { path: { roundId } } })),
    [roundId],
  );
  useEffect(() => {
    const timer = setInterval(round.reload, REFRESH_MS);
    return () => clearInterval(timer);
  }, [round.reload]);

  const stateLabel = (s: string) => STATE_LABELS[s]?.[language === 'en' ? 'en' : 'zh'] ?? s;
  const view = round.data;
  const steps = view
    ? [
        ...new Set([
          ...Object.keys(view.progress.byState),
          ...view.progress.bySector.flatMap((s) => Object.keys(s.byState)),
        ]),
      ]
    : [];

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('roundDashboard')}</Typography.Title>
      <RequestError error={round.error} onRetry={round.reload} />
      <RequestError error={sectors.error} onRetry={sectors.reload} />
      <Spin spinning={round.loading && !view} tip={t('loading')}>
        {view && (
          <Space direction="vertical" size="middle" style={{ width: '100%' }}>
            <Card
              extra={
                <Button onClick={round.reload} loading={round.loading}>
                  {t('refresh')}
                </Button>
              }
            >
              <Descriptions column={{ xs: 1, sm: 2, md: 3 }}>
                <Descriptions.Item label={t('year')}>{view.year}</Descriptions.Item>
                <Descriptions.Item label={t('roundState')}>
                  <span data-testid="round-state">{stateLabel(view.state)}</span>
                </Descriptions.Item>
                <Descriptions.Item label={t('branches')}>
                  <span data-testid="round-branches">{view.progress.branches}</span>
                </Descriptions.Item>
                <Descriptions.Item label={t('launchedBy')}>{view.launchedBy}</Descriptions.Item>
                <Descriptions.Item label={t('launchedAt')}>
                  {formatDateTime(view.launchedAt, language)}
                </Descriptions.Item>
              </Descriptions>
            </Card>
            <Card title={t('step')}>
              {steps.map((step) => {
                const count = view.progress.byState[step] ?? 0;
                return (
                  <div key={step} style={{ marginBottom: 8 }}>
                    <Typography.Text>
                      {stateLabel(step)}: {count} / {view.progress.branches}
                    </Typography.Text>
                    <Progress
                      percent={view.progress.branches ? Math.round((count / view.progress.branches) * 100) : 0}
                      aria-label={stateLabel(step)}
                    />
                  </div>
                );
              })}
            </Card>
            <Table<SectorProgress>
              rowKey="sectorCode"
              pagination={false}
              dataSource={view.progress.bySector}
              aria-label={t('sector')}
              columns={[
                { title: t('sector'), dataIndex: 'sectorCode', render: (code: string) => sectorName(code) },
                { title: t('branches'), dataIndex: 'branches' },
                ...steps.map((step) => ({
                  title: stateLabel(step),
                  key: step,
                  render: (_: unknown, s: SectorProgress) => s.byState[step] ?? 0,
                })),
              ]}
            />
          </Space>
        )}
      </Spin>
    </Space>
  );
}
