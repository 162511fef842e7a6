import {
  Alert,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  List,
  Radio,
  Select,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { readIndicatorSheet } from '../api/read-indicator-sheet';
import { showFieldErrors, type FieldName } from '../components/field-errors';
import { RequestError } from '../components/request-error';
import { useCommand } from '../components/use-command';
import { useRequest } from '../components/use-request';
import { formatDateTime } from '../i18n/format-date';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { STATE_LABELS, TIER_LABELS } from '../i18n/states';
import { useSession } from '../session';

type Transition = Schemas['BranchActionResultDto'];
type View = Schemas['BranchRectificationViewDto'];

const GRADING_CYCLE = 'grading-cycle';
const GOALS: Record<string, MessageKey> = { consolidate: 'goalConsolidate', push: 'goalPush', rectify: 'goalRectify' };
const CHECKS = ['organisationStrengthened', 'problemsSolved', 'membersAndPublicSatisfied'] as const;
const CHECK_LABELS: Record<(typeof CHECKS)[number], MessageKey> = {
  organisationStrengthened: 'checkOrganisationStrengthened',
  problemsSolved: 'checkProblemsSolved',
  membersAndPublicSatisfied: 'checkMembersAndPublicSatisfied',
};

interface PlanForm {
  goal: string;
  startsOn?: Dayjs;
  endsOn?: Dayjs;
  targets: { indicator: string; problem?: string; measures?: string; responsible?: string; dueOn?: Dayjs }[];
  contactLeader?: { name?: string; position?: string };
  reportEveryMonths: number;
}
interface AcceptanceForm {
  checks: Record<(typeof CHECKS)[number], boolean>;
  comments: Record<string, string>;
}

const isoDate = (d: Dayjs | undefined) => (d ? d.format('YYYY-MM-DD') : '');

/** The plan fields the form renders (a problem's path is cut back to the nearest of them). */
const PLAN_FIELDS =
  /^(goal|startsOn|endsOn|reportEveryMonths|contactLeader\.(name|position)|targets\.\d+\.(indicator|problem|measures|responsible|dueOn))$/;
const planFieldShown = (name: FieldName) => PLAN_FIELDS.test(name.join('.'));

/**
 * 整改提高 and 考核验收 of a branch (the 【整改提高】 notice links here): the tier's requirements; the
 * secretary files the plan aimed at the weakest indicators and reports progress; a supervisor on
 * the leading line approves or returns the plan and records the acceptance. The API decides who
 * may do what and when; each refused field is shown next to its input.
 */
export function RectificationPage({ roundId, orgId }: { roundId: string; orgId: string }) {
  const { t, pick, language } = useI18n();
  const { user } = useSession();
  const roles = new Set(user?.roles.map((r) => r.role));
  const isSecretary = roles.has('branch-secretary');
  const isSupervisor = roles.has('supervisor');
  const path = { roundId, orgId };
  const [planForm] = Form.useForm<PlanForm>();
  const [planUnmatched, setPlanUnmatched] = useState<string[]>([]);

  const organisation = useRequest(
    async () => unwrap(await api.GET('/organisations/{id}', { params: { path: { id: orgId } } })),
    [orgId],
  );
  const view = useRequest(
    async () => unwrap(await api.GET('/grading-rounds/{roundId}/branches/{orgId}/rectification', { params: { path } })),
    [roundId, orgId],
  );
  const sectorCode = organisation.data?.sectorCode;
  const sheet = useRequest(async () => {
    if (!sectorCode) return undefined;
    const definition = unwrap(
      await api.GET('/pipeline-definitions/current/{processKind}/{sectorCode}', {
        params: { path: { processKind: GRADING_CYCLE, sectorCode } },
      }),
    );
    return readIndicatorSheet(definition.body);
  }, [sectorCode]);
  const indicatorName = (code: string) => {
    const indicator = sheet.data?.indicators.find((i) => i.code === code);
    return indicator ? pick(indicator.name.zhCN, indicator.name.en) : code;
  };

  const afterAnswer = <T,>(result: T | undefined) => {
    if (result) view.reload();
    return result;
  };
  const submitPlan = useCommand(async (idempotencyKey: string, values: PlanForm) => {
    const plan = {
      goal: values.goal,
      startsOn: isoDate(values.startsOn),
      endsOn: isoDate(values.endsOn),
      targets: (values.targets ?? []).map((target) => ({
        indicator: target.indicator,
        problem: target.problem?.trim() ?? '',
        measures: (target.measures ?? '')
          .split('\n')
          .map((m) => m.trim())
          .filter(Boolean),
        responsible: target.responsible?.trim() ?? '',
        dueOn: isoDate(target.dueOn),
      })),
      ...(values.contactLeader?.name || values.contactLeader?.position
        ? { contactLeader: { name: values.contactLeader.name ?? '', position: values.contactLeader.position ?? '' } }
        : {}),
      reportEveryMonths: values.reportEveryMonths,
    };
    return unwrap(
      await api.POST('/grading-rounds/{roundId}/branches/{orgId}/rectification-plan', {
        params: { path },
        body: { idempotencyKey, plan },
      }),
    );
  });
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
  const report = useCommand(async (idempotencyKey: string, summary: string, complete: boolean) =>
    unwrap(
      await api.POST('/grading-rounds/{roundId}/branches/{orgId}/rectification-progress', {
        params: { path },
        body: { idempotencyKey, summary, complete },
      }),
    ),
  );
  const accept = useCommand(async (idempotencyKey: string, values: AcceptanceForm) =>
    unwrap(
      await api.POST('/grading-rounds/{roundId}/branches/{orgId}/acceptance', {
        params: { path },
        body: {
          idempotencyKey,
          checks: values.checks,
          indicatorComments: Object.entries(values.comments ?? {}).map(([indicator, comment]) => ({
            indicator,
            comment: comment ?? '',
          })),
        },
      }),
    ),
  );

  const stateLabel = (s: string) => STATE_LABELS[s]?.[language === 'en' ? 'en' : 'zh'] ?? s;
  const tierLabel = (tier: string | null | undefined) =>
    tier ? (TIER_LABELS[tier]?.[language === 'en' ? 'en' : 'zh'] ?? tier) : '—';
  const goalLabel = (goal: string | undefined) => (goal && GOALS[goal] ? t(GOALS[goal]) : (goal ?? '—'));
  const done = (result: Transition | undefined) =>
    result && (
      <Alert
        type="success"
        showIcon
        role="status"
        message={t('transitionDone', { from: stateLabel(result.from), to: stateLabel(result.to) })}
        style={{ marginBottom: 16 }}
      />
    );

  const data: View | undefined = view.data;
  const requirements = data?.planRequirements ?? null;
  const state = data?.state ?? '';
  const plan = data?.rectificationPlan ?? null;
  const indicators = sheet.data?.indicators ?? [];
  const year = new Date().getFullYear();
  const planInitial: Partial<PlanForm> | undefined = requirements
    ? {
        goal: requirements.goal,
        reportEveryMonths: requirements.reportIntervalMonths,
        targets: requirements.targets.map((indicator) => ({ indicator })),
        startsOn: dayjs(),
        endsOn: dayjs(`${year}-12-31`).isAfter(dayjs().add(1, 'month'))
          ? dayjs(`${year}-12-31`)
          : dayjs().add(6, 'month'),
      }
    : undefined;

  const filePlan = async (values: PlanForm) => {
    setPlanUnmatched([]);
    afterAnswer(await submitPlan.run(values));
  };
  // After a refusal, every problem goes next to its field (the paths are the plan's: $.targets[0].problem).
  useEffect(() => {
    if (submitPlan.error) setPlanUnmatched(showFieldErrors(planForm, submitPlan.error, planFieldShown, pick));
  }, [submitPlan.error, planForm, pick]);

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2}>
        {t('rectification')}
        {organisation.data ? ` · ${organisation.data.name}` : ''}
      </Typography.Title>
      <RequestError error={organisation.error} onRetry={organisation.reload} />
      <RequestError error={view.error} onRetry={view.reload} />
      <RequestError error={sheet.error} onRetry={sheet.reload} />
      <Spin spinning={view.loading && !data} tip={t('loading')}>
        {data && (
          <Card
            title={t('requirements')}
            extra={
              <Button onClick={view.reload} loading={view.loading}>
                {t('refresh')}
              </Button>
            }
          >
            <Descriptions column={{ xs: 1, sm: 2, md: 3 }}>
              <Descriptions.Item label={t('branchState')}>
                <span data-testid="rectification-state">{stateLabel(state)}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('finalTier')}>{tierLabel(data.finalTier)}</Descriptions.Item>
              <Descriptions.Item label={t('goal')}>{goalLabel(requirements?.goal)}</Descriptions.Item>
              <Descriptions.Item label={t('targetIndicators')}>
                <Space wrap>
                  {(requirements?.targets ?? []).map((code) => (
                    <Tag key={code} color="orange">
                      {indicatorName(code)}
                    </Tag>
                  ))}
                </Space>
              </Descriptions.Item>
              <Descriptions.Item label={t('reportInterval')}>
                {requirements ? t('months', { n: requirements.reportIntervalMonths }) : '—'}
              </Descriptions.Item>
              {requirements?.contactLeaderRequired && (
                <Descriptions.Item label={t('contactLeaderName')}>{t('contactLeaderRequired')}</Descriptions.Item>
              )}
              {data.previousRound && (
                <Descriptions.Item label={t('previousRoundLine')}>
                  {pick(data.previousRound.label.zhCN, data.previousRound.label.en)}
                </Descriptions.Item>
              )}
              {data.planReview && (
                <Descriptions.Item label={t('planReview')}>
                  <Tag color={data.planReview.decision === 'approved' ? 'green' : 'red'}>
                    {t(data.planReview.decision === 'approved' ? 'reviewApproved' : 'reviewReturned')}
                  </Tag>
                  {data.planReview.text}
                </Descriptions.Item>
              )}
              {data.acceptance && (
                <Descriptions.Item label={t('acceptance')}>
                  <Tag color={data.acceptance.passed ? 'green' : 'red'} data-testid="acceptance-result">
                    {t(data.acceptance.passed ? 'passed' : 'notPassed')}
                  </Tag>
                  {data.acceptance.acceptedBy} · {data.acceptance.acceptedOn}
                </Descriptions.Item>
              )}
            </Descriptions>
          </Card>
        )}
      </Spin>

      {data && plan && (
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
      )}

      {isSecretary && state === 'rectify.plan-due' && planInitial && (
        <Card title={t('submitPlan')}>
          <RequestError error={submitPlan.error} />
          {planUnmatched.length > 0 && (
            <Alert
              type="warning"
              showIcon
              message={t('otherProblems')}
              description={
                <ul style={{ margin: 0, paddingLeft: 20 }}>
                  {planUnmatched.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              }
              style={{ marginBottom: 16 }}
            />
          )}
          <Form<PlanForm>
            form={planForm}
            layout="vertical"
            aria-label={t('rectificationPlan')}
            initialValues={planInitial}
            onFinish={filePlan}
            style={{ maxWidth: 860 }}
          >
            <Space wrap align="start">
              <Form.Item label={t('goal')} name="goal" rules={[{ required: true, message: t('required') }]}>
                <Select
                  style={{ width: 180 }}
                  options={Object.entries(GOALS).map(([value, key]) => ({ value, label: t(key) }))}
                />
              </Form.Item>
              <Form.Item label={t('startsOn')} name="startsOn" rules={[{ required: true, message: t('required') }]}>
                <DatePicker />
              </Form.Item>
              <Form.Item label={t('endsOn')} name="endsOn" rules={[{ required: true, message: t('required') }]}>
                <DatePicker />
              </Form.Item>
              <Form.Item
                label={t('reportEveryMonths')}
                name="reportEveryMonths"
                rules={[{ required: true, message: t('required') }]}
              >
                <InputNumber min={1} max={12} />
              </Form.Item>
            </Space>
            <Form.List name="targets">
              {(fields, { add, remove }) => (
                <Space direction="vertical" style={{ width: '100%' }}>
                  {fields.map((field, index) => (
                    <Card
                      key={field.key}
                      size="small"
                      title={t('target', { n: index + 1 })}
                      extra={
                        <Button size="small" onClick={() => remove(field.name)}>
                          {t('remove')}
                        </Button>
                      }
                    >
                      <Space wrap align="start">
                        <Form.Item label={t('indicator')} name={[field.name, 'indicator']}>
                          <Select
                            style={{ width: 200 }}
                            aria-label={`${t('target', { n: index + 1 })} ${t('indicator')}`}
                            options={indicators.map((i) => ({ value: i.code, label: pick(i.name.zhCN, i.name.en) }))}
                          />
                        </Form.Item>
                        <Form.Item label={t('responsible')} name={[field.name, 'responsible']}>
                          <Input aria-label={`${t('target', { n: index + 1 })} ${t('responsible')}`} />
                        </Form.Item>
                        <Form.Item label={t('dueOn')} name={[field.name, 'dueOn']}>
                          <DatePicker aria-label={`${t('target', { n: index + 1 })} ${t('dueOn')}`} />
                        </Form.Item>
                      </Space>
                      <Form.Item label={t('targetProblem')} name={[field.name, 'problem']}>
                        <Input.TextArea
                          rows={2}
                          maxLength={2000}
                          aria-label={`${t('target', { n: index + 1 })} ${t('targetProblem')}`}
                        />
                      </Form.Item>
                      <Form.Item label={t('measures')} name={[field.name, 'measures']}>
                        <Input.TextArea
                          rows={3}
                          maxLength={4000}
                          aria-label={`${t('target', { n: index + 1 })} ${t('measures')}`}
                        />
                      </Form.Item>
                    </Card>
                  ))}
                  <Button onClick={() => add({ indicator: undefined })}>{t('addTarget')}</Button>
                </Space>
              )}
            </Form.List>
            {requirements?.contactLeaderRequired && (
              <Space wrap style={{ marginTop: 16 }}>
                <Form.Item label={t('contactLeaderName')} name={['contactLeader', 'name']}>
                  <Input />
                </Form.Item>
                <Form.Item label={t('contactLeaderPosition')} name={['contactLeader', 'position']}>
                  <Input />
                </Form.Item>
              </Space>
            )}
            <Button type="primary" htmlType="submit" loading={submitPlan.running} style={{ marginTop: 16 }}>
              {t('submitPlan')}
            </Button>
          </Form>
        </Card>
      )}
      {done(submitPlan.result)}

      {isSupervisor && state === 'rectify.plan-submitted' && (
        <Card title={t('planReview')}>
          <RequestError error={approvePlan.error} />
          <RequestError error={returnPlan.error} />
          <Space wrap align="start" style={{ width: '100%' }}>
            <Form<{ comment?: string }>
              layout="vertical"
              aria-label={t('approvePlan')}
              onFinish={async (v) => afterAnswer(await approvePlan.run(v.comment))}
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
              onFinish={async (v) => afterAnswer(await returnPlan.run(v.reason))}
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
      {done(approvePlan.result ?? returnPlan.result)}

      {data && (plan || data.progressReports.length > 0) && (
        <Card title={t('progressReports')}>
          <List
            size="small"
            dataSource={data.progressReports}
            locale={{ emptyText: t('noReports') }}
            renderItem={(r) => (
              <List.Item>
                <Space wrap>
                  <Typography.Text type="secondary">{formatDateTime(r.at, language)}</Typography.Text>
                  <span>{r.summary}</span>
                  {r.complete && <Tag color="green">{t('complete')}</Tag>}
                </Space>
              </List.Item>
            )}
          />
          {isSecretary && state === 'rectify.in-progress' && (
            <>
              <RequestError error={report.error} />
              <Form<{ summary: string; complete?: boolean }>
                layout="vertical"
                aria-label={t('submitReport')}
                onFinish={async (v) => afterAnswer(await report.run(v.summary, v.complete === true))}
                style={{ maxWidth: 640, marginTop: 16 }}
              >
                <Form.Item
                  label={t('reportSummary')}
                  name="summary"
                  rules={[{ required: true, whitespace: true, message: t('required') }]}
                >
                  <Input.TextArea rows={3} maxLength={4000} />
                </Form.Item>
                <Form.Item name="complete" valuePropName="checked">
                  <Checkbox>{t('declareComplete')}</Checkbox>
                </Form.Item>
                <Button type="primary" htmlType="submit" loading={report.running}>
                  {t('submitReport')}
                </Button>
              </Form>
            </>
          )}
          {done(report.result)}
        </Card>
      )}

      {isSupervisor && state === 'rectify.completed' && (
        <Card title={t('acceptance')}>
          <RequestError error={accept.error} />
          <Form<AcceptanceForm>
            layout="vertical"
            aria-label={t('acceptance')}
            onFinish={async (v) => afterAnswer(await accept.run(v))}
            style={{ maxWidth: 760 }}
          >
            <Typography.Title level={5}>{t('acceptanceChecks')}</Typography.Title>
            {CHECKS.map((check) => (
              <Form.Item
                key={check}
                label={t(CHECK_LABELS[check])}
                name={['checks', check]}
                rules={[{ required: true, message: t('required') }]}
              >
                <Radio.Group aria-label={t(CHECK_LABELS[check])}>
                  <Radio value={true}>{t('yes')}</Radio>
                  <Radio value={false}>{t('no')}</Radio>
                </Radio.Group>
              </Form.Item>
            ))}
            <Typography.Title level={5}>{t('indicatorComments')}</Typography.Title>
            {indicators.map((indicator) => (
              <Form.Item
                key={indicator.code}
                label={pick(indicator.name.zhCN, indicator.name.en)}
                name={['comments', indicator.code]}
                rules={[{ required: true, whitespace: true, message: t('required') }]}
              >
                <Input.TextArea rows={2} maxLength={2000} />
              </Form.Item>
            ))}
            <Button type="primary" htmlType="submit" loading={accept.running} disabled={!indicators.length}>
              {t('recordAcceptance')}
            </Button>
          </Form>
        </Card>
      )}
      {done(accept.result)}

      {data &&
        !(isSecretary && ['rectify.plan-due', 'rectify.in-progress'].includes(state)) &&
        !(isSupervisor && ['rectify.plan-submitted', 'rectify.completed'].includes(state)) && (
          <Alert type="info" showIcon message={t('notYourStep')} />
        )}
    </Space>
  );
}
