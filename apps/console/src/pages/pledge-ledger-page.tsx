import { Alert, Button, Card, InputNumber, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { RequestError } from '../components/request-error';
import { useCommand } from '../components/use-command';
import { useRequest } from '../components/use-request';
import { formatDateTime } from '../i18n/format-date';
import { useI18n } from '../i18n/i18n';
import { PLEDGE_STATE_LABELS } from '../i18n/states';
import { useRouter } from '../router';
import { useSession } from '../session';

type Line = Schemas['PledgeLedgerLineDto'];

/**
 * 承诺台账 of a branch: every version line (an amendment adds a version, the old one stays) with the
 * pledger, what is pledged, the pledge's current state and its evaluation result; the xlsx export
 * is built by the API. The branch is the secretary's own (a supervisor opens one with `?organisationId=`).
 */
export function PledgeLedgerPage() {
  const { t, pick, language } = useI18n();
  const { user } = useSession();
  const { search, navigate } = useRouter();
  const organisationId =
    search.get('organisationId') ??
    user?.roles.find((r) => r.role === 'branch-secretary' || r.role === 'member')?.organisationId;
  const [year, setYear] = useState<number | null>(null);
  const ledger = useRequest(async () => {
    if (!organisationId) return [];
    return unwrap(
      await api.GET('/organisations/{organisationId}/pledge-ledger', {
        params: { path: { organisationId }, query: year ? { year } : {} },
      }),
    );
  }, [organisationId, year]);
  // 导出: the API builds the workbook with the token; the browser saves it.
  const exporting = useCommand(async () => {
    const result = await api.GET('/organisations/{organisationId}/pledge-ledger.xlsx', {
      params: { path: { organisationId: organisationId ?? '' }, query: year ? { year } : {} },
      parseAs: 'blob',
    });
    const url = URL.createObjectURL(unwrap(result) as unknown as Blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `pledge-ledger${year ? `-${year}` : ''}.xlsx`;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return true;
  });
  const stateLabel = (s: string) => PLEDGE_STATE_LABELS[s]?.[language === 'en' ? 'en' : 'zh'] ?? s;
  const resultText = (r: Line['evaluationResult']) =>
    r ? t('resultScore', { score: r.score, band: pick(r.band.name.zhCN, r.band.name.en) }) : '—';

  if (!organisationId) return <Alert type="info" showIcon message={t('noLedgerRole')} />;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('pledgeLedger')}</Typography.Title>
      <Card>
        <Space wrap>
          <label>
            {t('year')}{' '}
            <InputNumber
              aria-label={t('year')}
              min={2000}
              max={2999}
              placeholder={t('allYears')}
              value={year}
              onChange={(v) => setYear(typeof v === 'number' ? v : null)}
            />
          </label>
          <Button onClick={ledger.reload} loading={ledger.loading}>
            {t('refresh')}
          </Button>
          <Button type="primary" onClick={() => exporting.run()} loading={exporting.running}>
            {t('exportXlsx')}
          </Button>
        </Space>
        <RequestError error={exporting.error} />
      </Card>
      <RequestError error={ledger.error} onRetry={ledger.reload} />
      <Table<Line>
        rowKey="id"
        size="small"
        loading={ledger.loading}
        dataSource={ledger.data ?? []}
        aria-label={t('pledgeLedger')}
        locale={{ emptyText: t('noLedgerLines') }}
        pagination={{ pageSize: 50, showTotal: (n) => t('ledgerLineCount', { n }) }}
        columns={[
          { title: t('year'), dataIndex: 'year', width: 70 },
          { title: t('pledger'), dataIndex: 'pledgerNames', render: (names: string[]) => names.join('、') },
          {
            title: t('pledgeContent'),
            dataIndex: 'items',
            render: (items: Line['items']) => (
              <ul style={{ margin: 0, paddingLeft: 18 }}>
                {items.map((item, i) => (
                  <li key={i}>{item.content}</li>
                ))}
              </ul>
            ),
          },
          { title: t('ledgerVersion'), dataIndex: 'version', width: 90, render: (v: number) => `v${v}` },
          { title: t('amendmentReason'), dataIndex: 'amendmentReason', render: (r: string | null) => r ?? '—' },
          {
            title: t('pledgeState'),
            dataIndex: 'pledgeState',
            render: (s: string) => (
              <Tag color="blue" data-testid="ledger-state">
                {stateLabel(s)}
              </Tag>
            ),
          },
          {
            title: t('evaluationResult'),
            dataIndex: 'evaluationResult',
            render: (r: Line['evaluationResult']) => <span data-testid="ledger-result">{resultText(r)}</span>,
          },
          { title: t('recordedAt'), dataIndex: 'recordedAt', render: (at: string) => formatDateTime(at, language) },
          {
            title: '',
            key: 'open',
            render: (_: unknown, line) => (
              <Button size="small" onClick={() => navigate(`/pledges/${line.pledgeId}`)}>
                {t('open')}
              </Button>
            ),
          },
        ]}
      />
    </Space>
  );
}
