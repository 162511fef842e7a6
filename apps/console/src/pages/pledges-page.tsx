import { Button, Card, Form, Input, InputNumber, List, Select, Space, Typography } from 'antd';
import { api, unwrap } from '../api/client';
import { RequestError } from '../components/request-error';
import { useCommand } from '../components/use-command';
import { useRequest } from '../components/use-request';
import { useI18n } from '../i18n/i18n';
import { useRouter } from '../router';
import { useSession } from '../session';
import { rememberPledge, rememberedPledges } from './remembered-pledges';

const READ_ATTEMPTS = 20;

/** The API accepts a proposal (202) before its workflow has recorded it: wait until it can be read. */
async function untilReadable(pledgeId: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const { response } = await api.GET('/pledges/{pledgeId}', { params: { path: { pledgeId } } });
    if (response.status !== 404 || attempt >= READ_ATTEMPTS) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

interface ProposeForm {
  memberId: string;
  year: number;
  content: string;
}

/**
 * 承诺践诺: a member (or their branch's secretary on their behalf) proposes an annual pledge for a
 * member of the branch; pledges proposed here, and any pledge by its id, open on their own page.
 */
export function PledgesPage() {
  const { t } = useI18n();
  const { user } = useSession();
  const { navigate } = useRouter();
  const organisationId = user?.roles.find((r) => r.role === 'member' || r.role === 'branch-secretary')?.organisationId;
  const members = useRequest(async () => {
    if (!organisationId) return [];
    return unwrap(await api.GET('/members', { params: { query: { organisationId, pageSize: 200 } } })).items;
  }, [organisationId]);
  const propose = useCommand(async (_key: string, values: ProposeForm) => {
    const answer = unwrap(
      await api.POST('/pledges', {
        body: {
          kind: 'annual',
          form: 'individual',
          pledgerKind: 'member',
          year: values.year,
          memberId: values.memberId,
          organisationId: organisationId ?? '',
          items: [{ content: values.content.trim() }],
        },
      }),
    );
    const { pledgeId } = answer;
    rememberPledge(pledgeId, values.year, values.content.trim());
    await untilReadable(pledgeId);
    navigate(`/pledges/${pledgeId}`);
    return pledgeId;
  });

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('navPledges')}</Typography.Title>
      <Card title={t('proposePledge')}>
        {!organisationId && <Typography.Text type="warning">{t('noBranchRole')}</Typography.Text>}
        <RequestError error={members.error} onRetry={members.reload} />
        <RequestError error={propose.error} />
        <Form<ProposeForm>
          layout="vertical"
          aria-label={t('proposePledge')}
          initialValues={{ year: new Date().getFullYear() + 1 }}
          onFinish={(values) => propose.run(values)}
          style={{ maxWidth: 640 }}
        >
          <Form.Item label={t('pledger')} name="memberId" rules={[{ required: true, message: t('required') }]}>
            <Select
              loading={members.loading}
              showSearch
              optionFilterProp="label"
              options={(members.data ?? []).map((m) => ({ value: m.id, label: m.name }))}
            />
          </Form.Item>
          <Form.Item label={t('year')} name="year" rules={[{ required: true, message: t('required') }]}>
            <InputNumber min={2000} max={2999} />
          </Form.Item>
          <Form.Item
            label={t('pledgeContent')}
            name="content"
            rules={[{ required: true, whitespace: true, message: t('required') }]}
          >
            <Input.TextArea rows={3} maxLength={500} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={propose.running} disabled={!organisationId}>
            {t('propose')}
          </Button>
        </Form>
      </Card>
      <Card title={t('openPledge')}>
        <Input.Search
          aria-label={t('pledgeId')}
          placeholder={t('pledgeId')}
          enterButton={t('open')}
          onSearch={(id) => id.trim() && navigate(`/pledges/${id.trim()}`)}
          style={{ maxWidth: 520, marginBottom: 16 }}
        />
        <List
          header={t('recentPledges')}
          size="small"
          dataSource={rememberedPledges()}
          renderItem={(p) => (
            <List.Item>
              <Typography.Link onClick={() => navigate(`/pledges/${p.id}`)}>
                {p.year} · {p.content}
              </Typography.Link>
            </List.Item>
          )}
        />
      </Card>
    </Space>
  );
}
