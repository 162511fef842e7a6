import { Button, Card, Form, InputNumber, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { api, unwrap, type Schemas } from '../../api/client';
import { IssuedTokens } from '../../components/issued-tokens';
import { RequestError } from '../../components/request-error';
import { useCommand } from '../../components/use-command';
import { useRequest } from '../../components/use-request';
import { formatDateTime } from '../../i18n/format-date';
import { useI18n } from '../../i18n/i18n';
import { NEXT_PHASE, OBJECTION_LABELS, PHASE_LABELS, label } from './labels';

type Round = Schemas['CommendationRoundDto'];
type Objection = Schemas['CommendationObjectionDto'];

/**
 * The grading unit's administrator: close the current phase (推荐 → 考察 → 公示 → 审批), issue the
 * public's opinion tokens while vetting, and resolve the objections filed during 公示.
 */
export function CommendationAdminPanel({
  round,
  names,
  onChanged,
}: {
  round: Round;
  names: ReadonlyMap<string, string>;
  onChanged: () => void;
}) {
  const { t, pick, language } = useI18n();
  const next = NEXT_PHASE[round.phase];
  const advance = useCommand(async (_key: string, to: 'vet' | 'publicise' | 'decide') => {
    const answer = unwrap(
      await api.POST('/commendations/{roundId}/advance', { params: { path: { roundId: round.id } }, body: { to } }),
    );
    onChanged();
    return answer;
  });
  const tokens = useCommand(async (_key: string, values: { count: number; validHours: number }) =>
    unwrap(
      await api.POST('/commendations/{roundId}/opinion-tokens', {
        params: { path: { roundId: round.id } },
        body: values,
      }),
    ),
  );
  const objections = useRequest(async () => {
    if (!['publicise', 'decide', 'commended', 'rejected'].includes(round.phase)) return [];
    return unwrap(await api.GET('/commendations/{roundId}/objections', { params: { path: { roundId: round.id } } }));
  }, [round.id, round.phase]);
  const resolve = useCommand(async (_key: string, objectionId: string, uphold: boolean) => {
    const answer = unwrap(
      await api.POST('/commendations/{roundId}/objections/{objectionId}/resolve', {
        params: { path: { roundId: round.id, objectionId } },
        body: { uphold },
      }),
    );
    objections.reload();
    onChanged();
    return answer;
  });

  return (
    <Card title={<h3 style={{ margin: 0, fontSize: 16 }}>{t('commendationAdministration')}</h3>} size="small">
      <Space direction="vertical" style={{ width: '100%' }}>
        <RequestError error={advance.error} />
        {next && (
          <Popconfirm
            title={t('commendationAdvanceConfirm', { phase: label(PHASE_LABELS, next, pick) })}
            okText={t('confirm')}
            cancelText={t('close')}
            onConfirm={() => void advance.run(next)}
          >
            <Button type="primary" loading={advance.running}>
              {t('commendationAdvanceTo', { phase: label(PHASE_LABELS, next, pick) })}
            </Button>
          </Popconfirm>
        )}
        {round.phase === 'vet' && (
          <>
            <Typography.Text strong>{t('commendationOpinionTokens')}</Typography.Text>
            <RequestError error={tokens.error} />
            <Form layout="inline" initialValues={{ count: 10, validHours: 72 }} onFinish={(v) => void tokens.run(v)}>
              <Form.Item name="count" label={t('tokenCount')} rules={[{ required: true, message: t('required') }]}>
                <InputNumber aria-label={t('tokenCount')} min={1} max={5000} />
              </Form.Item>
              <Form.Item name="validHours" label={t('tokenHours')} rules={[{ required: true, message: t('required') }]}>
                <InputNumber aria-label={t('tokenHours')} min={1} max={2160} />
              </Form.Item>
              <Button htmlType="submit" loading={tokens.running}>
                {t('issueTokens')}
              </Button>
            </Form>
            {tokens.result && (
              <IssuedTokens
                tokens={tokens.result.tokens}
                hint={t('commendationTokensHint')}
                label={t('commendationOpinionTokens')}
              />
            )}
          </>
        )}
        <RequestError error={objections.error} onRetry={objections.reload} />
        {(objections.data?.length ?? 0) > 0 && (
          <>
            <Typography.Text strong>{t('commendationObjections')}</Typography.Text>
            <RequestError error={resolve.error} />
            <Table<Objection>
              rowKey="id"
              size="small"
              pagination={false}
              loading={objections.loading}
              dataSource={objections.data}
              columns={[
                {
                  title: t('commendationNominee'),
                  dataIndex: 'nominationId',
                  render: (id: string) => names.get(id) ?? id,
                },
                { title: t('commendationObjectionReason'), dataIndex: 'reason' },
                {
                  title: t('commendationFiledAt'),
                  dataIndex: 'filedAt',
                  render: (at: string) => formatDateTime(at, language),
                },
                {
                  title: t('commendationState'),
                  dataIndex: 'status',
                  render: (s: string) => <Tag>{label(OBJECTION_LABELS, s, pick)}</Tag>,
                },
                {
                  title: t('actions'),
                  key: 'actions',
                  render: (_: unknown, o) =>
                    o.status === 'open' && round.phase === 'publicise' ? (
                      <Space>
                        <Button
                          size="small"
                          danger
                          loading={resolve.running}
                          onClick={() => void resolve.run(o.id, true)}
                        >
                          {t('objectionUphold')}
                        </Button>
                        <Button size="small" loading={resolve.running} onClick={() => void resolve.run(o.id, false)}>
                          {t('objectionReject')}
                        </Button>
                      </Space>
                    ) : null,
                },
              ]}
            />
          </>
        )}
      </Space>
    </Card>
  );
}
