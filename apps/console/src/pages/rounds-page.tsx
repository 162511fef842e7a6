import { Button, Card, DatePicker, Form, Input, InputNumber, List, message, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, unwrap } from '../api/client';
import { loadOrganisations } from '../api/load-organisations';
import { RequestError } from '../components/request-error';
import { useRequest } from '../components/use-request';
import { useI18n } from '../i18n/i18n';
import { useRouter } from '../router';
import { rememberRound, rememberedRounds } from './remembered-rounds';

interface LaunchForm {
  gradingUnitId: string;
  year: number;
  overrideReason?: string;
  acknowledgeBy?: Dayjs;
}

/** 部署: launch the round of a grading unit and year; open a round's dashboard. */
export function RoundsPage() {
  const { t, pick } = useI18n();
  const { navigate } = useRouter();
  const [launching, setLaunching] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const units = useRequest(async () => (await loadOrganisations({})).filter((o) => o.isGradingUnit), []);

  const launch = async (values: LaunchForm) => {
    setLaunching(true);
    setError(null);
    try {
      const round = unwrap(
        await api.POST('/grading-rounds', {
          body: {
            gradingUnitId: values.gradingUnitId,
            year: values.year,
            overrideReason: values.overrideReason?.trim() || undefined,
            acknowledgeBy: values.acknowledgeBy?.toISOString(),
          },
        }),
      );
      rememberRound(round.id, round.year);
      // Launched, but a year of its deadlines has no holiday calendar. The static message outlives
      // this page, which is left for the dashboard at once.
      for (const w of round.warnings) void message.warning(pick(w.text.zhCN, w.text.en), 10);
      navigate(`/admin/rounds/${round.id}`);
    } catch (caught) {
      setError(caught);
      setLaunching(false);
    }
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('navRounds')}</Typography.Title>
      <Card title={t('launchRound')}>
        <RequestError error={units.error} onRetry={units.reload} />
        <RequestError error={error} />
        <Form<LaunchForm>
          layout="vertical"
          onFinish={launch}
          initialValues={{ year: new Date().getFullYear() + 1 }}
          style={{ maxWidth: 520 }}
          aria-label={t('launchRound')}
        >
          <Form.Item label={t('gradingUnit')} name="gradingUnitId" rules={[{ required: true, message: t('required') }]}>
            <Select
              loading={units.loading}
              showSearch
              optionFilterProp="label"
              options={(units.data ?? []).map((o) => ({ value: o.id, label: `${o.name}（${o.code}）` }))}
            />
          </Form.Item>
          <Form.Item label={t('year')} name="year" rules={[{ required: true, message: t('required') }]}>
            <InputNumber min={2000} max={2999} />
          </Form.Item>
          <Form.Item label={t('overrideReason')} name="overrideReason" extra={t('overrideReasonHelp')}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
          <Form.Item label={t('acknowledgeBy')} name="acknowledgeBy">
            <DatePicker showTime />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={launching}>
            {t('launch')}
          </Button>
        </Form>
      </Card>
      <Card title={t('openRound')}>
        <Space direction="vertical" style={{ width: '100%' }}>
          <Input.Search
            aria-label={t('roundId')}
            placeholder={t('roundId')}
            enterButton={t('open')}
            onSearch={(id) => id.trim() && navigate(`/admin/rounds/${id.trim()}`)}
            style={{ maxWidth: 520 }}
          />
          <List
            header={t('recentRounds')}
            size="small"
            dataSource={rememberedRounds()}
            renderItem={(r) => (
              <List.Item>
                <Typography.Link onClick={() => navigate(`/admin/rounds/${r.id}`)}>
                  {r.year} · {r.id}
                </Typography.Link>
              </List.Item>
            )}
          />
        </Space>
      </Card>
    </Space>
  );
}
