import { Button, Card, Descriptions, Form, InputNumber, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { api, unwrap, type Schemas } from '../../api/client';
import { IssuedTokens } from '../../components/issued-tokens';
import { RequestError } from '../../components/request-error';
import { useCommand } from '../../components/use-command';
import { useRequest } from '../../components/use-request';
import { useI18n } from '../../i18n/i18n';
import { BASE, useRouter } from '../../router';
import { useSession } from '../../session';
import { rolesOf } from '../commendations/commendation-unit';
import { CampaignFollowUps } from './campaign-follow-ups';
import { CampaignScoring } from './campaign-scoring';

type ResultRow = Schemas['CampaignResultRowDto'];

const heading = (text: string) => <h3 style={{ margin: 0, fontSize: 16 }}>{text}</h3>;

/**
 * One 三亮三比三评 campaign: its unit, period and state; the public's rating tokens (the unit or
 * its superior line), leader comments, 三比 scores and members' peer review while it is open; the
 * follow-ups; ranking (supervisor, administrator) and the ranked result.
 */
export function CampaignPage({ campaignId }: { campaignId: string }) {
  const { t } = useI18n();
  const { user } = useSession();
  const { navigate } = useRouter();
  const roles = rolesOf(user);
  const overseer = roles.has('supervisor') || roles.has('administrator');
  const campaign = useRequest(
    async () => unwrap(await api.GET('/campaigns/{campaignId}', { params: { path: { campaignId } } })),
    [campaignId],
  );
  const data = campaign.data;
  const result = useRequest(async () => {
    if (data?.state !== 'ranked') return [];
    return unwrap(await api.GET('/campaigns/{campaignId}/result', { params: { path: { campaignId } } }));
  }, [campaignId, data?.state]);
  const tokens = useCommand(async (_key: string, values: { count: number; validHours: number }) =>
    unwrap(await api.POST('/campaigns/{campaignId}/rating-tokens', { params: { path: { campaignId } }, body: values })),
  );
  const rank = useCommand(async () => {
    const answer = unwrap(await api.POST('/campaigns/{campaignId}/rank', { params: { path: { campaignId } } }));
    campaign.reload();
    return answer;
  });
  const open = data?.state === 'open';

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Link
        href={`${BASE}/campaigns`}
        onClick={(event) => {
          event.preventDefault();
          navigate('/campaigns');
        }}
      >
        ← {t('campaigns')}
      </Typography.Link>
      <Typography.Title level={2}>{data?.title ?? t('campaigns')}</Typography.Title>
      <RequestError error={campaign.error} onRetry={campaign.reload} />
      {campaign.loading && !data && <Card loading />}
      {data && (
        <>
          <Descriptions bordered size="small" column={1} style={{ maxWidth: 720 }}>
            <Descriptions.Item
              label={t('campaignPeriod')}
            >{`${data.periodStart} – ${data.periodEnd}`}</Descriptions.Item>
            <Descriptions.Item label={t('commendationState')}>
              <Tag color={open ? 'blue' : 'green'} data-testid="campaign-state">
                {open ? t('campaignOpen') : t('campaignRanked')}
              </Tag>
            </Descriptions.Item>
          </Descriptions>
          {open && (roles.has('branch-secretary') || overseer) && (
            <Card title={heading(t('campaignTokens'))} size="small">
              <RequestError error={tokens.error} />
              <Form layout="inline" initialValues={{ count: 20, validHours: 168 }} onFinish={(v) => void tokens.run(v)}>
                <Form.Item name="count" label={t('tokenCount')} rules={[{ required: true, message: t('required') }]}>
                  <InputNumber aria-label={t('tokenCount')} min={1} max={5000} />
                </Form.Item>
                <Form.Item
                  name="validHours"
                  label={t('tokenHours')}
                  rules={[{ required: true, message: t('required') }]}
                >
                  <InputNumber aria-label={t('tokenHours')} min={1} max={2160} />
                </Form.Item>
                <Button htmlType="submit" loading={tokens.running}>
                  {t('issueTokens')}
                </Button>
              </Form>
              {tokens.result && (
                <IssuedTokens
                  tokens={tokens.result.tokens}
                  hint={t('campaignTokensHint')}
                  label={t('campaignTokens')}
                />
              )}
            </Card>
          )}
          {open && <CampaignScoring campaign={data} />}
          <CampaignFollowUps campaignId={campaignId} />
          {open && overseer && (
            <Card title={heading(t('campaignRank'))} size="small">
              <RequestError error={rank.error} />
              <Popconfirm
                title={t('campaignRankConfirm')}
                okText={t('confirm')}
                cancelText={t('close')}
                onConfirm={() => void rank.run()}
              >
                <Button type="primary" loading={rank.running}>
                  {t('campaignRankButton')}
                </Button>
              </Popconfirm>
            </Card>
          )}
          {data.state === 'ranked' && (
            <Card title={heading(t('campaignResult'))} size="small">
              <RequestError error={result.error} onRetry={result.reload} />
              <Table<ResultRow>
                rowKey={(r) => `${r.kind}:${r.id}`}
                size="small"
                pagination={false}
                loading={result.loading}
                dataSource={result.data ?? []}
                columns={[
                  { title: t('campaignRankColumn'), dataIndex: 'rank' },
                  { title: t('campaignSubject'), dataIndex: 'name' },
                  {
                    title: t('campaignSubjectKind'),
                    dataIndex: 'kind',
                    render: (kind: string) => (kind === 'unit' ? t('campaignUnit') : t('member')),
                  },
                  { title: t('campaignScore'), dataIndex: 'score' },
                  {
                    title: t('campaignPublicAppraisal'),
                    dataIndex: 'publicAppraisalPercent',
                    render: (p: number | null) => (p === null ? '—' : `${p}%`),
                  },
                ]}
              />
            </Card>
          )}
        </>
      )}
    </Space>
  );
}
