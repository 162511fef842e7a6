import { Button, Card, Form, Input, Select, Space, Typography } from 'antd';
import { loadOrganisations } from '../api/load-organisations';
import { RequestError } from '../components/request-error';
import { useRequest } from '../components/use-request';
import { useI18n } from '../i18n/i18n';
import { useRouter } from '../router';

/**
 * 轮次督导: a supervisor opens a round's classification (approve or return, objections) or a branch
 * of the round (the superior rating). Rounds arrive by notice links; the API has no round list yet.
 */
export function SupervisionPage() {
  const { t } = useI18n();
  const { navigate } = useRouter();
  // GET /organisations answers the caller's scope: the branches on the supervisor's leading line.
  const branches = useRequest(async () => (await loadOrganisations({})).filter((o) => o.kind === 'branch'), []);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('navSupervision')}</Typography.Title>
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
