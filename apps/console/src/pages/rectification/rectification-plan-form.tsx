import { Alert, Button, Card, DatePicker, Form, Input, InputNumber, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { showFieldErrors, type FieldName } from '../../components/field-errors';
import { RequestError } from '../../components/request-error';
import { useCommand } from '../../components/use-command';
import { useI18n } from '../../i18n/i18n';
import { GOALS, TransitionDone, type BranchPath, type Indicator, type RectificationView } from './rectification-common';

interface PlanForm {
  goal: string;
  startsOn?: Dayjs;
  endsOn?: Dayjs;
  targets: { indicator: string; problem?: string; measures?: string; responsible?: string; dueOn?: Dayjs }[];
  contactLeader?: { name?: string; position?: string };
  reportEveryMonths: number;
}

const isoDate = (d: Dayjs | undefined) => (d ? d.format('YYYY-MM-DD') : '');

/** The plan fields the form renders (a problem's path is cut back to the nearest of them). */
const PLAN_FIELDS =
  /^(goal|startsOn|endsOn|reportEveryMonths|contactLeader\.(name|position)|targets\.\d+\.(indicator|problem|measures|responsible|dueOn))$/;
const planFieldShown = (name: FieldName) => PLAN_FIELDS.test(name.join('.'));

/**
 * The secretary files the rectification plan while the branch is at `rectify.plan-due`: targets
 * prefilled with the weakest indicators; each refused field is shown under its input. The answer
 * stays shown after the form closes.
 */
export function RectificationPlanForm({
  path,
  requirements,
  indicators,
  show,
  onAnswer,
}: {
  path: BranchPath;
  requirements: RectificationView['planRequirements'] | null;
  indicators: Indicator[];
  show: boolean;
  onAnswer: () => void;
}) {
  const { t, pick } = useI18n();
  const [planForm] = Form.useForm<PlanForm>();
  const [planUnmatched, setPlanUnmatched] = useState<string[]>([]);

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
    if (await submitPlan.run(values)) onAnswer();
  };
  // After a refusal, every problem goes next to its field (the paths are the plan's: $.targets[0].problem).
  useEffect(() => {
    if (submitPlan.error) setPlanUnmatched(showFieldErrors(planForm, submitPlan.error, planFieldShown, pick));
  }, [submitPlan.error, planForm, pick]);

  return (
    <>
      {show && planInitial && (
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
                  {fields.map((field, index) => {
                    const label = (key: 'indicator' | 'responsible' | 'dueOn' | 'targetProblem' | 'measures') =>
                      `${t('target', { n: index + 1 })} ${t(key)}`;
                    return (
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
                              aria-label={label('indicator')}
                              options={indicators.map((i) => ({ value: i.code, label: pick(i.name.zhCN, i.name.en) }))}
                            />
                          </Form.Item>
                          <Form.Item label={t('responsible')} name={[field.name, 'responsible']}>
                            <Input aria-label={label('responsible')} />
                          </Form.Item>
                          <Form.Item label={t('dueOn')} name={[field.name, 'dueOn']}>
                            <DatePicker aria-label={label('dueOn')} />
                          </Form.Item>
                        </Space>
                        <Form.Item label={t('targetProblem')} name={[field.name, 'problem']}>
                          <Input.TextArea rows={2} maxLength={2000} aria-label={label('targetProblem')} />
                        </Form.Item>
                        <Form.Item label={t('measures')} name={[field.name, 'measures']}>
                          <Input.TextArea rows={3} maxLength={4000} aria-label={label('measures')} />
                        </Form.Item>
                      </Card>
                    );
                  })}
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
      <TransitionDone result={submitPlan.result} />
    </>
  );
}
