import { Button, Card, DatePicker, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { api, unwrap, type Schemas } from '../../api/client';
import { RequestError } from '../../components/request-error';
import { useCommand } from '../../components/use-command';
import { useRequest } from '../../components/use-request';
import { useI18n } from '../../i18n/i18n';
import { BASE, useRouter } from '../../router';
import { useSession } from '../../session';
import { organisationOf, rolesOf } from '../commendations/commendation-unit';

type Summary = Schemas['CampaignSummaryDto'];
interface LaunchValues {
  organisationId: string;
  title: string;
  periodStart: Dayjs;
  periodEnd: Dayjs;
}

export const campaignPath = (campaignId: string) => `/campaigns/${campaignId}`;

/**
 * 三亮三比三评: the campaigns of the user's organisation and of the window units below it; a
 * supervisor or administrator launches one for a window unit.
 */
export function CampaignsPage() {
  const { t } = useI18n();
  const { user } = useSession();
  const { search, navigate } = useRouter();
  const roles = rolesOf(user);
  const canLaunch = roles.has('administrator') || roles.has('supervisor');
  const organisationId =
    search.get('organisationId') ??
    organisationOf(user, ['administrator', 'supervisor', 'branch-secretary', 'member']) ??
    null;
  const campaigns = useRequest(async () => {
    if (!organisationId) return [];
    return unwrap(await api.GET('/campaigns', { params: { query: { organisationId } } }));
  }, [organisationId]);
  const units = useRequest(async () => {
    if (!canLaunch) return [];
    return unwrap(await api.GET('/organisations', { params: { query: { sector: 'window-service', pageSize: 200 } } }))
      .items;
  }, [canLaunch]);
  const [form] = Form.useForm<LaunchValues>();
  const launch = useCommand(async (_key: string, values: LaunchValues) => {
    const { campaignId } = unwrap(
      await api.POST('/campaigns', {
        body: {
          organisationId: values.organisationId,
          title: values.title.trim(),
          periodStart: values.periodStart.format('YYYY-MM-DD'),
          periodEnd: values.periodEnd.format('YYYY-MM-DD'),
        },
      }),
    );
    navigate(campaignPath(campaignId));
    return campaignId;
  });

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('campaigns')}</Typography.Title>
      {canLaunch && (
        <Card title={<h3 style={{ margin: 0, fontSize: 16 }}>{t('campaignLaunch')}</h3>} size="small">
          <RequestError error={units.error} onRetry={units.reload} />
          <RequestError error={launch.error} />
          <Form form={form} layout="vertical" style={{ maxWidth: 560 }} onFinish={(values) => void launch.run(values)}>
            <Form.Item
              name="organisationId"
              label={t('campaignUnit')}
              rules={[{ required: true, message: t('required') }]}
            >
              <Select
                aria-label={t('campaignUnit')}
                loading={units.loading}
                showSearch
                optionFilterProp="label"
                options={(units.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
              />
            </Form.Item>
            <Form.Item
              name="title"
              label={t('campaignTitle')}
              rules={[{ required: true, whitespace: true, message: t('required') }]}
            >
              <Input aria-label={t('campaignTitle')} placeholder={t('campaignTitleExample')} />
            </Form.Item>
            <Space wrap>
              <Form.Item
                name="periodStart"
                label={t('campaignPeriodStart')}
                rules={[{ required: true, message: t('required') }]}
              >
                <DatePicker aria-label={t('campaignPeriodStart')} />
              </Form.Item>
              <Form.Item
                name="periodEnd"
                label={t('campaignPeriodEnd')}
                rules={[{ required: true, message: t('required') }]}
              >
                <DatePicker aria-label={t('campaignPeriodEnd')} />
              </Form.Item>
            </Space>
            <Button type="primary" htmlType="submit" loading={launch.running}>
              {t('campaignLaunchButton')}
            </Button>
          </Form>
        </Card>
      )}
      <RequestError error={campaigns.error} onRetry={campaigns.reload} />
      <Table<Summary>
        rowKey="id"
        loading={campaigns.loading}
        dataSource={campaigns.data ?? []}
        pagination={false}
        locale={{ emptyText: t('campaignNone') }}
        columns={[
          {
            title: t('campaignTitle'),
            dataIndex: 'title',
            render: (title: string, row) => (
              <Typography.Link
                href={`${BASE}${campaignPath(row.id)}`}
                onClick={(event) => {
                  event.preventDefault();
                  navigate(campaignPath(row.id));
                }}
              >
                {title}
              </Typography.Link>
            ),
          },
          { title: t('campaignUnit'), dataIndex: 'organisationName' },
          {
            title: t('campaignPeriod'),
            key: 'period',
            render: (_: unknown, row) => `${row.periodStart} – ${row.periodEnd}`,
          },
          {
            title: t('commendationState'),
            dataIndex: 'state',
            render: (state: string) => (
              <Tag color={state === 'ranked' ? 'green' : 'blue'}>
                {state === 'ranked' ? t('campaignRanked') : t('campaignOpen')}
              </Tag>
            ),
          },
        ]}
      />
    </Space>
  );
}
