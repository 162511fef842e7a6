import { Alert, Button, Card, Form, Input, InputNumber, Select, Space, Table, Typography } from 'antd';
import { api, unwrap } from '../api/client';
import { RequestError } from '../components/request-error';
import { useCommand } from '../components/use-command';
import { useRequest } from '../components/use-request';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { PledgePeerRequests } from './pledge-peer-requests';

interface EvaluationRow {
  source: string;
  evaluatorId: string;
  score: number;
  comment: string | null;
}
interface EvaluationForm {
  evaluatorId: string;
  score: number;
  comment?: string;
}
interface Result {
  score: number;
  band: { name: { zhCN: string; en: string } };
}

const SOURCE_LABELS: Record<string, MessageKey> = {
  self: 'sourceSelf',
  peer: 'sourcePeer',
  public: 'sourcePublic',
  leader: 'sourceLeader',
};

/** The live state's evaluations are free objects in the API's schema: read the four fields shown. */
const readEvaluations = (raw: readonly unknown[]): EvaluationRow[] =>
  raw.flatMap((e) => {
    const v = e as Partial<EvaluationRow>;
    return typeof v.source === 'string' && typeof v.score === 'number'
      ? [{ source: v.source, evaluatorId: String(v.evaluatorId ?? ''), score: v.score, comment: v.comment ?? null }]
      : [];
  });
const readResult = (raw: unknown): Result | null => {
  const r = raw as Partial<Result> | null;
  return r && typeof r.score === 'number' && r.band?.name ? (r as Result) : null;
};

/**
 * 评议 of a pledge: the evaluations so far and the result; while the pledge is being evaluated, the
 * pledging member's 自评 and another member's 互评 (the evaluator is a member of the branch — the
 * API checks it is the logged-in user's own member record and shows its refusal, e.g. a 403, as is).
 */
export function PledgeEvaluation({
  pledgeId,
  organisationId,
  pledgerIds,
  state,
  evaluations,
  result,
  canAskPeers,
  onAnswer,
}: {
  pledgeId: string;
  organisationId: string;
  pledgerIds: readonly string[];
  state: string;
  evaluations: readonly unknown[];
  result: unknown;
  /** The branch secretary asks members for their 互评. */
  canAskPeers: boolean;
  onAnswer: () => void;
}) {
  const { t, pick } = useI18n();
  const members = useRequest(
    async () => unwrap(await api.GET('/members', { params: { query: { organisationId, pageSize: 200 } } })).items,
    [organisationId],
  );
  const nameOf = (id: string) => members.data?.find((m) => m.id === id)?.name ?? id;
  const send = async (key: string, source: 'self' | 'peer', values: EvaluationForm) => {
    const answer = unwrap(
      await api.POST('/pledges/{pledgeId}/evaluations', {
        params: { path: { pledgeId } },
        body: {
          idempotencyKey: key,
          source,
          evaluatorId: values.evaluatorId,
          score: values.score,
          comment: values.comment?.trim() || undefined,
        },
      }),
    );
    onAnswer();
    return answer;
  };
  const selfEvaluate = useCommand((key: string, values: EvaluationForm) => send(key, 'self', values));
  const peerEvaluate = useCommand((key: string, values: EvaluationForm) => send(key, 'peer', values));
  const rows = readEvaluations(evaluations);
  const concluded = readResult(result);
  const pledgers = pledgerIds.map((id) => ({ value: id, label: nameOf(id) }));
  const peers = (members.data ?? [])
    .filter((m) => !pledgerIds.includes(m.id))
    .map((m) => ({ value: m.id, label: m.name }));

  const form = (kind: 'self' | 'peer', command: typeof selfEvaluate, options: { value: string; label: string }[]) => (
    <Card title={t(kind === 'self' ? 'selfEvaluation' : 'peerEvaluation')} style={{ flex: 1, minWidth: 320 }}>
      <Typography.Paragraph type="secondary">
        {t(kind === 'self' ? 'selfEvaluationHint' : 'peerEvaluationHint')}
        {kind === 'peer' && ` ${t('peerEvaluationHint2')}`}
      </Typography.Paragraph>
      <RequestError error={command.error} />
      {command.result && <Alert type="success" showIcon role="status" message={t('evaluationRecorded')} />}
      <Form<EvaluationForm>
        layout="vertical"
        aria-label={t(kind === 'self' ? 'selfEvaluation' : 'peerEvaluation')}
        initialValues={kind === 'self' && options.length === 1 ? { evaluatorId: options[0]!.value } : undefined}
        onFinish={(values) => command.run(values)}
      >
        <Form.Item label={t('evaluator')} name="evaluatorId" rules={[{ required: true, message: t('required') }]}>
          <Select
            aria-label={`${t(kind === 'self' ? 'selfEvaluation' : 'peerEvaluation')} ${t('evaluator')}`}
            options={options}
            loading={members.loading}
            showSearch
            optionFilterProp="label"
          />
        </Form.Item>
        <Form.Item label={t('evaluationScore')} name="score" rules={[{ required: true, message: t('required') }]}>
          <InputNumber
            min={0}
            max={100}
            aria-label={`${t(kind === 'self' ? 'selfEvaluation' : 'peerEvaluation')} ${t('evaluationScore')}`}
          />
        </Form.Item>
        <Form.Item label={t('evaluationComment')} name="comment">
          <Input.TextArea
            rows={2}
            maxLength={2000}
            aria-label={`${t(kind === 'self' ? 'selfEvaluation' : 'peerEvaluation')} ${t('evaluationComment')}`}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={command.running}>
          {t('submitEvaluation')}
        </Button>
      </Form>
    </Card>
  );

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={t('evaluations')}>
        <RequestError error={members.error} onRetry={members.reload} />
        {concluded && (
          <Alert
            type="success"
            showIcon
            data-testid="evaluation-result"
            message={`${t('evaluationResult')}：${t('resultScore', {
              score: concluded.score,
              band: pick(concluded.band.name.zhCN, concluded.band.name.en),
            })}`}
            style={{ marginBottom: 16 }}
          />
        )}
        <Table<EvaluationRow>
          rowKey={(r) => `${r.source}:${r.evaluatorId}`}
          size="small"
          pagination={false}
          dataSource={rows}
          aria-label={t('evaluations')}
          locale={{ emptyText: t('noEvaluations') }}
          columns={[
            {
              title: t('evaluationSource'),
              dataIndex: 'source',
              render: (s: string) => (SOURCE_LABELS[s] ? t(SOURCE_LABELS[s]) : s),
            },
            {
              title: t('evaluator'),
              dataIndex: 'evaluatorId',
              // Public raters are anonymous (the token's id); a leader is a user name.
              render: (id: string, row) => (row.source === 'self' || row.source === 'peer' ? nameOf(id) : '—'),
            },
            { title: t('score'), dataIndex: 'score' },
            { title: t('comment'), dataIndex: 'comment', render: (c: string | null) => c ?? '—' },
          ]}
        />
      </Card>
      {state === 'evaluating' && (
        <Space align="start" wrap style={{ width: '100%' }}>
          {form('self', selfEvaluate, pledgers)}
          {form('peer', peerEvaluate, peers)}
          {canAskPeers && <PledgePeerRequests pledgeId={pledgeId} peers={peers} nameOf={nameOf} />}
        </Space>
      )}
    </Space>
  );
}
