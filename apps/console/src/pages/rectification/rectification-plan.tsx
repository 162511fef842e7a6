import { Button, Card, Descriptions, Form, Input, Space, Table } from 'antd';
import { api, unwrap } from '../../api/client';
import { RequestError } from '../../components/request-error';
import { useCommand } from '../../components/use-command';
import { useI18n } from '../../i18n/i18n';
import {
  TransitionDone,
  useRectificationLabels,
  type BranchPath,
  type RectificationView,
} from './rectification-common';

type Plan = NonNullable<RectificationView['rectificationPlan']>;

/** The filed plan: goal, period, report interval, contact leader and its targets. */
export function RectificationPlanCard({
  plan,
  indicatorName,
}: {
  plan: Plan;
  indicatorName: (code: string) => string;
}) {
  const { t } = useI18n();
  const { goalLabel } = useRectificationLabels();
  return (
    <Card title={t('rectificationPlan')}>
      <Descriptions column={{ xs: 1, sm: 2, md: 4 }} size="small">
        <Descriptions.Item label={t('goal')}>{goalLabel(plan.goal)}</Descriptions.Item>
        <Descriptions.Item label={t('startsOn')}>{plan.startsOn}</Descriptions.Item>
        <Descriptions.Item label={t('endsOn')}>{plan.endsOn}</Descriptions.Item>
        <Descriptions.Item label={t('reportEveryMonths')}>{plan.reportEveryMonths}</Descriptions.Item>
        {plan.contactLeader && (
          <Descriptions.Item label={t('contactLeaderName')}>
            {plan.contactLeader.name}（{plan.contactLeader.position}）
          </Descriptions.Item>
        )}
      </Descriptions>
      <Table
        rowKey="indicator"
        size="small"
        pagination={false}
        dataSource={plan.targets}
        aria-label={t('targets')}
        columns={[
          { title: t('indicator'), dataIndex: 'indicator', render: (code: string) => indicatorName(code) },
          { title: t('targetProblem'), dataIndex: 'problem' },
          {
            title: t('measures'),
            dataIndex: 'measures',
            render: (measures: string[]) => (
              <ul style={{ margin: 0, paddingLeft: 18 }}>
                {measures.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            ),
          },
          { title: t('responsible'), dataIndex: 'responsible' },
          { title: t('dueOn'), dataIndex: 'dueOn' },
        ]}
      />
    </Card>
  );
}

/** A supervisor approves the submitted plan (with an optional comment) or returns it with a reason. */
export function RectificationPlanReview({
  path,
  show,
  onAnswer,
}: {
  path: BranchPath;
  show: boolean;
  onAnswer: () => void;
}) {
  const { t } = useI18n();
  const approvePlan = useCommand(async (idempotencyKey: string, comment?: string) =>
    unwrap(
      await api.POST('/grading-rounds/{roundId}/branches/{orgId}/rectification-plan/approve', {
        params: { path },
        body: { idempotencyKey, comment: comment?.trim() || undefined },
      }),
    ),
  );
  const returnPlan = useCommand(async (idempotencyKey: string, reason: string) =>
    unwrap(
      await api.POST('/grading-rounds/{roundId}/branches/{orgId}/rectification-plan/return', {
        params: { path },
        body: { idempotencyKey, reason },
      }),
    ),
  );
  return (
    <>
      {show && (
        <Card title={t('planReview')}>
          <RequestError error={approvePlan.error} />
          <RequestError error={returnPlan.error} />
          <Space wrap align="start" style={{ width: '100%' }}>
            <Form<{ comment?: string }>
              layout="vertical"
              aria-label={t('approvePlan')}
              onFinish={async (v) => (await approvePlan.run(v.comment)) && onAnswer()}
              style={{ minWidth: 320 }}
            >
              <Form.Item label={t('reviewComment')} name="comment">
                <Input.TextArea rows={2} maxLength={2000} />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={approvePlan.running}>
                {t('approvePlan')}
              </Button>
            </Form>
            <Form<{ reason: string }>
              layout="vertical"
              aria-label={t('returnPlan')}
              onFinish={async (v) => (await returnPlan.run(v.reason)) && onAnswer()}
              style={{ minWidth: 320 }}
            >
              <Form.Item
                label={t('returnReason')}
                name="reason"
                rules={[{ required: true, whitespace: true, message: t('required') }]}
              >
                <Input.TextArea rows={2} maxLength={2000} />
              </Form.Item>
              <Button danger htmlType="submit" loading={returnPlan.running}>
                {t('returnPlan')}
              </Button>
            </Form>
          </Space>
        </Card>
      )}
      <TransitionDone result={approvePlan.result ?? returnPlan.result} />
    </>
  );
}
