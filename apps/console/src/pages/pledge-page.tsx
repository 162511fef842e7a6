import {
  Alert,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Space,
  Spin,
  Switch,
  Tag,
  Typography,
} from 'antd';
import { api, unwrap } from '../api/client';
import { RequestError } from '../components/request-error';
import { useCommand } from '../components/use-command';
import { useRequest } from '../components/use-request';
import { formatDateTime } from '../i18n/format-date';
import { useI18n } from '../i18n/i18n';
import { PLEDGE_STATE_LABELS } from '../i18n/states';
import { useSession } from '../session';
import { PledgeEvaluation } from './pledge-evaluation';

/**
 * One pledge: its state and items; the branch's secretary (or a supervisor) approves or returns a
 * proposed one (审核, a reason when returning); the member or the secretary reports progress while
 * it is being fulfilled; members evaluate it (自评 / 互评, `./pledge-evaluation`) once fulfilled. The API
 * checks every role; the page offers what fits the state.
 */
export function PledgePage({ pledgeId }: { pledgeId: string }) {
  const { t, language } = useI18n();
  const { user } = useSession();
  const roles = new Set(user?.roles.map((r) => r.role));
  const pledge = useRequest(async () => {
    const { pledge, live } = unwrap(await api.GET('/pledges/{pledgeId}', { params: { path: { pledgeId } } }));
    return {
      ...live,
      year: pledge.year,
      kind: pledge.kind,
      organisationId: pledge.organisationId,
      pledgerIds: pledge.memberIds.length ? pledge.memberIds : pledge.memberId ? [pledge.memberId] : [],
    };
  }, [pledgeId]);
  const path = { pledgeId };
  const review = useCommand(async (idempotencyKey: string, decision: 'approve' | 'return', reason?: string) => {
    const result = unwrap(
      await api.POST('/pledges/{pledgeId}/review', {
        params: { path },
        body: { idempotencyKey, decision, reason: reason?.trim() || undefined },
      }),
    );
    pledge.reload();
    return result;
  });
  const progress = useCommand(
    async (idempotencyKey: string, values: { note: string; percent: number; completed?: boolean }) => {
      const result = unwrap(
        await api.POST('/pledges/{pledgeId}/progress', {
          params: { path },
          body: { idempotencyKey, note: values.note.trim(), percent: values.percent, completed: values.completed },
        }),
      );
      pledge.reload();
      return result;
    },
  );
  const [returnForm] = Form.useForm<{ reason: string }>();
  const view = pledge.data;
  const stateLabel = (s: string) => PLEDGE_STATE_LABELS[s]?.[language === 'en' ? 'en' : 'zh'] ?? s;
  const canReview = roles.has('branch-secretary') || roles.has('supervisor');

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('pledge')}</Typography.Title>
      <RequestError error={pledge.error} onRetry={pledge.reload} />
      <Spin spinning={pledge.loading} tip={t('loading')}>
        <Card>
          {view && (
            <Descriptions column={1} bordered size="small">
              <Descriptions.Item label={t('status')}>
                <Tag color="blue" data-testid="pledge-state">
                  {stateLabel(view.state)}
                </Tag>
              </Descriptions.Item>
              <Descriptions.Item label={t('year')}>{view.year}</Descriptions.Item>
              <Descriptions.Item label={t('pledgeContent')}>
                <ul style={{ margin: 0, paddingLeft: 20 }}>
                  {view.items.map((item, i) => (
                    <li key={i}>{item.content}</li>
                  ))}
                </ul>
              </Descriptions.Item>
              {view.returnReason && (
                <Descriptions.Item label={t('returnReason')}>{view.returnReason}</Descriptions.Item>
              )}
              {view.openStep?.deadlineAt && (
                <Descriptions.Item label={t('deadline')}>
                  {formatDateTime(view.openStep.deadlineAt, language)}
                </Descriptions.Item>
              )}
            </Descriptions>
          )}
        </Card>
      </Spin>
      {view?.state === 'proposed' && canReview && (
        <Card title={t('reviewPledge')}>
          <RequestError error={review.error} />
          <Space direction="vertical" style={{ width: '100%' }}>
            <Button type="primary" loading={review.running} onClick={() => review.run('approve')}>
              {t('approve')}
            </Button>
            <Form
              form={returnForm}
              layout="vertical"
              aria-label={t('returnWithReason')}
              onFinish={(values) => review.run('return', values.reason)}
              style={{ maxWidth: 520 }}
            >
              <Form.Item
                label={t('reason')}
                name="reason"
                rules={[{ required: true, whitespace: true, message: t('required') }]}
              >
                <Input.TextArea rows={2} maxLength={500} />
              </Form.Item>
              <Button danger htmlType="submit" loading={review.running}>
                {t('returnWithReason')}
              </Button>
            </Form>
          </Space>
        </Card>
      )}
      {view?.state === 'fulfilling' && (
        <Card title={t('reportProgress')}>
          <RequestError error={progress.error} />
          {progress.result && <Alert type="success" showIcon role="status" message={t('progressReported')} />}
          <Form<{ note: string; percent: number; completed?: boolean }>
            layout="vertical"
            aria-label={t('reportProgress')}
            onFinish={(values) => progress.run(values)}
            style={{ maxWidth: 520 }}
          >
            <Form.Item
              label={t('progressNote')}
              name="note"
              rules={[{ required: true, whitespace: true, message: t('required') }]}
            >
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
            <Form.Item label={t('percent')} name="percent" rules={[{ required: true, message: t('required') }]}>
              <InputNumber min={0} max={100} />
            </Form.Item>
            <Form.Item label={t('completed')} name="completed" valuePropName="checked">
              <Switch />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={progress.running}>
              {t('submit')}
            </Button>
          </Form>
        </Card>
      )}
      {view && ['evaluating', 'evaluated', 'closed'].includes(view.state) && (
        <PledgeEvaluation
          pledgeId={pledgeId}
          organisationId={view.organisationId}
          pledgerIds={view.pledgerIds}
          state={view.state}
          evaluations={view.evaluations}
          result={view.result}
          canAskPeers={roles.has('branch-secretary')}
          onAnswer={pledge.reload}
        />
      )}
    </Space>
  );
}
