import { Button, Card, Descriptions, Empty, Progress, Space, Spin, Table, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { useCommand } from '../components/use-command';
import { TierChart } from './tier-chart';
import { api, unwrap, type Schemas } from '../api/client';
import { RequestError } from '../components/request-error';
import { useRequest } from '../components/use-request';
import { formatDateTime } from '../i18n/format-date';
import { useI18n } from '../i18n/i18n';
import { STATE_LABELS, TIER_LABELS } from '../i18n/states';

type SectorProgress = Schemas['SectorProgressDto'];
type SectorTiers = Schemas['SectorTierDistributionDto'];

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
  const distribution = useRequest(
    async () => unwrap(await api.GET('/grading-rounds/{roundId}/tier-distribution', { params: { path: { roundId } } })),
    [roundId],
  );
  useEffect(() => {
    const timer = setInterval(() => {
      round.reload();
      distribution.reload();
    }, REFRESH_MS);
    return () => clearInterval(timer);
  }, [round.reload, distribution.reload]);
  // 导出: the API builds the workbook (GET …/export.xlsx, with the token); the browser saves it.
  const exporting = useCommand(async () => {
    const result = await api.GET('/grading-rounds/{roundId}/export.xlsx', {
      params: { path: { roundId } },
      parseAs: 'blob',
    });
    const blob = unwrap(result) as unknown as Blob;
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `grading-round-${view?.year ?? ''}-${roundId.slice(0, 8)}.xlsx`;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return true;
  });

  const stateLabel = (s: string) => STATE_LABELS[s]?.[language === 'en' ? 'en' : 'zh'] ?? s;
  const tierLabel = (tier: string) => TIER_LABELS[tier]?.[language === 'en' ? 'en' : 'zh'] ?? tier;
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
      <RequestError error={exporting.error} />
      <Spin spinning={round.loading && !view} tip={t('loading')}>
        {view && (
          <Space direction="vertical" size="middle" style={{ width: '100%' }}>
            <Card
              extra={
                <Space>
                  <Button onClick={() => exporting.run()} loading={exporting.running}>
                    {t('exportXlsx')}
                  </Button>
                  <Button onClick={round.reload} loading={round.loading}>
                    {t('refresh')}
                  </Button>
                </Space>
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
                <Descriptions.Item label={t('overdue')}>
                  <Tag color={view.progress.overdue.total ? 'red' : 'green'} data-testid="round-overdue">
                    {t('overdueCount', { n: view.progress.overdue.total })}
                  </Tag>
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
                {
                  title: t('overdue'),
                  key: 'overdue',
                  render: (_: unknown, s: SectorProgress) => {
                    const overdue = view.progress.overdue.bySector.find((o) => o.sectorCode === s.sectorCode);
                    return overdue?.total ? (
                      <Tag
                        color="red"
                        title={Object.entries(overdue.byStep)
                          .map(([k, n]) => `${k}: ${n}`)
                          .join(', ')}
                      >
                        {overdue.total}
                      </Tag>
                    ) : (
                      0
                    );
                  },
                },
              ]}
            />
            <Card title={t('tierDistribution')}>
              <RequestError error={distribution.error} onRetry={distribution.reload} />
              {distribution.data &&
              distribution.data.bySector.some(
                (s) => s.proposed.advanced + s.proposed.average + s.proposed.lagging > 0,
              ) ? (
                <Space direction="vertical" style={{ width: '100%' }}>
                  <TierChart distribution={distribution.data} sectorName={sectorName} />
                  <Table<SectorTiers>
                    rowKey="sectorCode"
                    size="small"
                    pagination={false}
                    aria-label={t('tierDistribution')}
                    dataSource={distribution.data.bySector}
                    columns={[
                      { title: t('sector'), dataIndex: 'sectorCode', render: (code: string) => sectorName(code) },
                      { title: t('branches'), dataIndex: 'branches' },
                      ...(['proposed', 'final'] as const).flatMap((which) =>
                        (['advanced', 'average', 'lagging'] as const).map((tier) => ({
                          title: `${t(which === 'proposed' ? 'proposedLabel' : 'finalLabel')} ${tierLabel(tier)}`,
                          key: `${which}-${tier}`,
                          render: (_: unknown, s: SectorTiers) => s[which][tier],
                        })),
                      ),
                    ]}
                  />
                </Space>
              ) : (
                <Spin spinning={distribution.loading && !distribution.data}>
                  <Empty description={t('noTiersYet')} />
                </Spin>
              )}
            </Card>
          </Space>
        )}
      </Spin>
    </Space>
  );
}
