import { Button, Card, Empty, Form, Input, Select, Space, Table, Typography } from 'antd';
import { api, unwrap, type Schemas } from '../api/client';
import { loadOrganisations } from '../api/load-organisations';
import { RequestError } from '../components/request-error';
import { useRequest } from '../components/use-request';
import { formatDateTime } from '../i18n/format-date';
import { useI18n } from '../i18n/i18n';
import { STATE_LABELS } from '../i18n/states';
import { useRouter } from '../router';

/**
 * 轮次督导: a supervisor opens a round's classification (approve or return, objections) or a branch
 * of the round (the superior rating). Rounds arrive by notice links; the API has no round list yet.
 */
type Pending = Schemas['PendingGradingApprovalDto'];

/** Where a supervisor decides a waiting branch: the rating on the branch page, the plan and acceptance on its rectification page. */
const pagePathOf = (p: Pending) =>
  `/grading-rounds/${p.roundId}/branches/${p.organisationId}${p.state === 'grade.awaiting-rating' ? '' : '/rectification'}`;

export function SupervisionPage() {
  const { t, language } = useI18n();
  const { navigate } = useRouter();
  const pending = useRequest(
    async () => unwrap(await api.GET('/grading-approvals/pending', { params: { query: { pageSize: 100 } } })),
    [],
  );
  const stateLabel = (s: string) => STATE_LABELS[s]?.[language === 'en' ? 'en' : 'zh'] ?? s;
  // GET /organisations answers the caller's scope: the branches on the supervisor's leading line.
  const branches = useRequest(async () => (await loadOrganisations({})).filter((o) => o.kind === 'branch'), []);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('navSupervision')}</Typography.Title>
      <Card
        title={t('pendingGrading')}
        extra={
          <Button onClick={pending.reload} loading={pending.loading}>
            {t('refresh')}
          </Button>
        }
      >
        <RequestError error={pending.error} onRetry={pending.reload} />
        <Table<Pending>
          rowKey={(p) => `${p.roundId}/${p.organisationId}`}
          size="small"
          loading={pending.loading}
          dataSource={pending.data?.items ?? []}
          pagination={false}
          aria-label={t('pendingGrading')}
          locale={{ emptyText: <Empty description={t('noPending')} /> }}
          columns={[
            { title: t('year'), dataIndex: 'year', width: 80 },
            {
              title: t('organisationCode'),
              key: 'org',
              render: (_, p) => `${p.organisationName}（${p.organisationCode}）`,
            },
            { title: t('branchState'), dataIndex: 'state', render: (s: string) => stateLabel(s) },
            { title: t('since'), dataIndex: 'since', render: (d: string) => formatDateTime(d, language) },
            {
              title: t('actions'),
              key: 'open',
              render: (_, p) => (
                <Button
                  size="small"
                  onClick={() => navigate(pagePathOf(p))}
                  aria-label={`${t('open')} ${p.organisationName}`}
                >
                  {t('open')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      <Card title={t('classification')}>
        <Input.Search
          aria-label={t('roundId')}
          placeholder={t('roundId')}
          enterButton={t('open')}
          onSearch={(id) => id.trim() && navigate(`/grading-rounds/${id.trim()}/classification`)}
          style={{ maxWidth: 520 }}
        />
      </Card>
      <Card title={t('openBranchRound')}>
        <RequestError error={branches.error} onRetry={branches.reload} />
        <Form<{ roundId: string; orgId: string }>
          layout="vertical"
          aria-label={t('openBranchRound')}
          style={{ maxWidth: 520 }}
          onFinish={(v) => navigate(`/grading-rounds/${v.roundId.trim()}/branches/${v.orgId}`)}
        >
          <Form.Item
            label={t('roundId')}
            name="roundId"
            rules={[{ required: true, whitespace: true, message: t('required') }]}
          >
            <Input />
          </Form.Item>
          <Form.Item label={t('organisationCode')} name="orgId" rules={[{ required: true, message: t('required') }]}>
            <Select
              loading={branches.loading}
              showSearch
              optionFilterProp="label"
              options={(branches.data ?? []).map((o) => ({ value: o.id, label: `${o.name}（${o.code}）` }))}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit">
            {t('open')}
          </Button>
        </Form>
      </Card>
    </Space>
  );
}
