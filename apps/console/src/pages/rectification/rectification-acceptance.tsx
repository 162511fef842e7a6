import { Button, Card, Form, Input, Radio, Typography } from 'antd';
import { api, unwrap } from '../../api/client';
import { RequestError } from '../../components/request-error';
import { useCommand } from '../../components/use-command';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { TransitionDone, type BranchPath, type Indicator } from './rectification-common';

const CHECKS = ['organisationStrengthened', 'problemsSolved', 'membersAndPublicSatisfied'] as const;
const CHECK_LABELS: Record<(typeof CHECKS)[number], MessageKey> = {
  organisationStrengthened: 'checkOrganisationStrengthened',
  problemsSolved: 'checkProblemsSolved',
  membersAndPublicSatisfied: 'checkMembersAndPublicSatisfied',
};

interface AcceptanceForm {
  checks: Record<(typeof CHECKS)[number], boolean>;
  comments: Record<string, string>;
}

/** 考核验收: a supervisor records the three judgements and a comment per indicator of the sheet. */
export function RectificationAcceptance({
  path,
  indicators,
  show,
  onAnswer,
}: {
  path: BranchPath;
  indicators: Indicator[];
  show: boolean;
  onAnswer: () => void;
}) {
  const { t, pick } = useI18n();
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
  return (
    <>
      {show && (
        <Card title={t('acceptance')}>
          <RequestError error={accept.error} />
          <Form<AcceptanceForm>
            layout="vertical"
            aria-label={t('acceptance')}
            onFinish={async (v) => (await accept.run(v)) && onAnswer()}
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
      <TransitionDone result={accept.result} />
    </>
  );
}
