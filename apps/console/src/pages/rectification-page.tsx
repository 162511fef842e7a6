import { Alert, Button, Card, Descriptions, Space, Spin, Tag, Typography } from 'antd';
import { api, unwrap } from '../api/client';
import { readIndicatorSheet } from '../api/read-indicator-sheet';
import { RequestError } from '../components/request-error';
import { useRequest } from '../components/use-request';
import { useI18n } from '../i18n/i18n';
import { TIER_LABELS } from '../i18n/states';
import { useSession } from '../session';
import { RectificationAcceptance } from './rectification/rectification-acceptance';
import { useRectificationLabels, type RectificationView } from './rectification/rectification-common';
import { RectificationPlanCard, RectificationPlanReview } from './rectification/rectification-plan';
import { RectificationPlanForm } from './rectification/rectification-plan-form';
import { RectificationProgress } from './rectification/rectification-progress';

const GRADING_CYCLE = 'grading-cycle';

/**
 * 整改提高 and 考核验收 of a branch (the 【整改提高】 notice links here): the tier's requirements; the
 * secretary files the plan aimed at the weakest indicators and reports progress; a supervisor on
 * the leading line approves or returns the plan and records the acceptance. The API decides who
 * may do what and when; each refused field is shown next to its input. This page loads the branch's
 * view and sheet; each step is its own component under `./rectification/`.
 */
export function RectificationPage({ roundId, orgId }: { roundId: string; orgId: string }) {
  const { t, pick, language } = useI18n();
  const { stateLabel, goalLabel } = useRectificationLabels();
  const { user } = useSession();
  const roles = new Set(user?.roles.map((r) => r.role));
  const isSecretary = roles.has('branch-secretary');
  const isSupervisor = roles.has('supervisor');
  const path = { roundId, orgId };

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
  const tierLabel = (tier: string | null | undefined) =>
    tier ? (TIER_LABELS[tier]?.[language === 'en' ? 'en' : 'zh'] ?? tier) : '—';

  const data: RectificationView | undefined = view.data;
  const requirements = data?.planRequirements ?? null;
  const state = data?.state ?? '';
  const plan = data?.rectificationPlan ?? null;
  const indicators = sheet.data?.indicators ?? [];

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

      {data && plan && <RectificationPlanCard plan={plan} indicatorName={indicatorName} />}

      <RectificationPlanForm
        path={path}
        requirements={requirements}
        indicators={indicators}
        show={isSecretary && state === 'rectify.plan-due'}
        onAnswer={view.reload}
      />

      <RectificationPlanReview
        path={path}
        show={isSupervisor && state === 'rectify.plan-submitted'}
        onAnswer={view.reload}
      />

      {data && (plan || data.progressReports.length > 0) && (
        <RectificationProgress
          path={path}
          reports={data.progressReports}
          canReport={isSecretary && state === 'rectify.in-progress'}
          onAnswer={view.reload}
        />
      )}

      <RectificationAcceptance
        path={path}
        indicators={indicators}
        show={isSupervisor && state === 'rectify.completed'}
        onAnswer={view.reload}
      />

      {data &&
        !(isSecretary && ['rectify.plan-due', 'rectify.in-progress'].includes(state)) &&
        !(isSupervisor && ['rectify.plan-submitted', 'rectify.completed'].includes(state)) && (
          <Alert type="info" showIcon message={t('notYourStep')} />
        )}
    </Space>
  );
}
