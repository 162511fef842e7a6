import { Button, Card, Form, Input, InputNumber, Space, Table, Tag, Typography } from 'antd';
import { api, unwrap, type Schemas } from '../../api/client';
import { RequestError } from '../../components/request-error';
import { useCommand } from '../../components/use-command';
import { useRequest } from '../../components/use-request';
import { formatDateTime } from '../../i18n/format-date';
import { useI18n } from '../../i18n/i18n';
import { BASE, useRouter } from '../../router';
import { useSession } from '../../session';
import { gradingUnitOf, rolesOf } from './commendation-unit';
import { PHASE_LABELS, label } from './labels';

type Summary = Schemas['CommendationRoundSummaryDto'];

export const commendationRoundPath = (roundId: string) => `/commendations/${roundId}`;

/**
 * 学习先进: the grading unit's commendation rounds (newest first) and, for its administrator, the
 * launch of a new one. Secretaries and members of the unit's organisations open a round from here.
 */
export function CommendationsPage() {
  const { t, pick, language } = useI18n();
  const { user } = useSession();
  const { search, navigate } = useRouter();
  const isAdministrator = rolesOf(user).has('administrator');
  const unit = useRequest(
    async () => search.get('gradingUnitId') ?? (await gradingUnitOf(user)),
    [user, search.get('gradingUnitId')],
  );
  const gradingUnitId = unit.data ?? null;
  const rounds = useRequest(async () => {
    if (!gradingUnitId) return [];
    return unwrap(await api.GET('/commendations', { params: { query: { gradingUnitId } } }));
  }, [gradingUnitId]);
  const [form] = Form.useForm<{ title: string; year: number }>();
  const launch = useCommand(async (_key: string, values: { title: string; year: number }) => {
    const { roundId } = unwrap(
      await api.POST('/commendations', {
        body: { gradingUnitId: gradingUnitId ?? '', title: values.title.trim(), year: values.year },
      }),
    );
    navigate(commendationRoundPath(roundId));
    return roundId;
  });

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('commendations')}</Typography.Title>
      <RequestError error={unit.error} onRetry={unit.reload} />
      {isAdministrator && gradingUnitId && (
        <Card title={<h3 style={{ margin: 0, fontSize: 16 }}>{t('commendationLaunch')}</h3>} size="small">
          <RequestError error={launch.error} />
          <Form
            form={form}
            layout="inline"
            initialValues={{ year: new Date().getFullYear() }}
            onFinish={(values) => void launch.run(values)}
          >
            <Form.Item name="title" label={t('commendationTitle')} rules={[{ required: true, message: t('required') }]}>
              <Input
                aria-label={t('commendationTitle')}
                placeholder={t('commendationTitleExample')}
                style={{ width: 280 }}
              />
            </Form.Item>
            <Form.Item name="year" label={t('year')} rules={[{ required: true, message: t('required') }]}>
              <InputNumber aria-label={t('year')} min={2000} max={2999} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={launch.running}>
              {t('commendationLaunchButton')}
            </Button>
          </Form>
        </Card>
      )}
      <RequestError error={rounds.error} onRetry={rounds.reload} />
      <Table<Summary>
        rowKey="id"
        loading={unit.loading || rounds.loading}
        dataSource={rounds.data ?? []}
        pagination={false}
        locale={{ emptyText: t('commendationNone') }}
        columns={[
          {
            title: t('commendationTitle'),
            dataIndex: 'title',
            render: (title: string, row) => (
              <Typography.Link
                href={`${BASE}${commendationRoundPath(row.id)}`}
                onClick={(event) => {
                  event.preventDefault();
                  navigate(commendationRoundPath(row.id));
                }}
              >
                {title}
              </Typography.Link>
            ),
          },
          { title: t('year'), dataIndex: 'year' },
          {
            title: t('commendationPhase'),
            dataIndex: 'phase',
            render: (phase: string) => <Tag color="blue">{label(PHASE_LABELS, phase, pick)}</Tag>,
          },
          {
            title: t('commendationWindowEnds'),
            dataIndex: 'windowEndsAt',
            render: (at: string | null) => formatDateTime(at, language),
          },
          { title: t('commendationNominations'), dataIndex: 'nominations' },
          {
            title: t('commendationLaunchedAt'),
            dataIndex: 'launchedAt',
            render: (at: string) => formatDateTime(at, language),
          },
        ]}
      />
    </Space>
  );
}
