import { Alert, Button, Card, Form, Input, InputNumber, Result, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { api, RequestFailed, unwrap } from '../api/client';
import { PublicPageHeader } from '../components/public-page-header';
import { RequestError } from '../components/request-error';
import { useRequest } from '../components/use-request';
import { formatDateTime } from '../i18n/format-date';
import { useI18n } from '../i18n/i18n';
import { useRouter } from '../router';

/** Every control a thumb presses is at least 44 px high (WCAG 2.5.5; the slider's 10 px handle was not). */
const TAP = { minHeight: 48, minWidth: 48, fontSize: 18 } as const;
const QUICK_SCORES = [100, 90, 80, 70, 60];

/**
 * 群众评议: opened from the link (or QR code) a branch issued; no login; one rating per link. Mobile
 * first: what is rated and which unit published it, then a score the person must choose (none is
 * preset) and an optional comment.
 */
export function RatingPage({ pledgeId }: { pledgeId: string }) {
  const { t, language } = useI18n();
  const { search } = useRouter();
  const token = search.get('token');
  const [score, setScore] = useState<number | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const pledge = useRequest(
    async () =>
      token
        ? unwrap(
            await api.GET('/public/pledges/{pledgeId}', {
              params: { path: { pledgeId }, query: { token } },
            }),
          )
        : null,
    [pledgeId, token],
  );

  const submit = async (values: { comment?: string }) => {
    if (!token || score === null) return;
    setSubmitting(true);
    setError(null);
    try {
      unwrap(
        await api.POST('/public/pledges/{pledgeId}/ratings', {
          params: { path: { pledgeId } },
          body: { token, score, comment: values.comment?.trim() || undefined },
        }),
      );
      setDone(true);
    } catch (caught) {
      setError(caught);
    } finally {
      setSubmitting(false);
    }
  };

  const described = pledge.data;
  return (
    <main style={{ maxWidth: 480, margin: '0 auto', padding: 16 }}>
      <Card>
        <PublicPageHeader title={t('rateTitle')} />
        {done ? (
          <Result status="success" title={t('rated')} />
        ) : !token ? (
          <Alert type="error" showIcon role="alert" message={t('missingToken')} />
        ) : pledge.loading ? (
          <Spin tip={t('loading')} style={{ display: 'block', padding: 32 }} />
        ) : !described ? (
          // An invalid or expired link stays so: a retry only after a network failure.
          <RequestError
            error={pledge.error}
            onRetry={pledge.error instanceof RequestFailed ? undefined : pledge.reload}
          />
        ) : (
          <>
            <section aria-label={t('rateWhat')} style={{ margin: '16px 0' }}>
              <Typography.Title level={2} style={{ fontSize: 18 }}>
                {t('rateWhat')}
              </Typography.Title>
              <Typography.Paragraph>
                {t('ratePublishedBy')}：<Typography.Text strong>{described.organisationName}</Typography.Text>
                <br />
                {t('ratePledgeKind', {
                  year: described.year,
                  kind: t(described.kind === 'instant' ? 'kindInstant' : 'kindAnnual'),
                })}
              </Typography.Paragraph>
              <Typography.Text type="secondary">{t('ratePledgeItems')}</Typography.Text>
              <ol style={{ paddingLeft: 20, marginTop: 4 }}>
                {described.items.map((item, i) => (
                  <li key={i}>{item}</li>
                ))}
              </ol>
              <Typography.Text type="secondary">
                {t('rateLinkValidUntil', { date: formatDateTime(described.linkExpiresAt, language) })}
              </Typography.Text>
            </section>
            {described.linkUsed ? (
              <Alert type="warning" showIcon role="alert" message={t('rateLinkUsed')} />
            ) : (
              <>
                <Typography.Paragraph>{t('rateIntro')}</Typography.Paragraph>
                <RequestError error={error} />
                <Form layout="vertical" onFinish={submit} aria-label={t('rateTitle')}>
                  <Form.Item
                    label={t('score')}
                    htmlFor="rating-score"
                    required
                    help={score === null ? t('rateChooseScore') : undefined}
                  >
                    <Space wrap role="group" aria-label={t('rateQuickScores')} style={{ marginBottom: 12 }}>
                      {QUICK_SCORES.map((value) => (
                        <Button
                          key={value}
                          style={TAP}
                          type={score === value ? 'primary' : 'default'}
                          aria-pressed={score === value}
                          onClick={() => setScore(value)}
                        >
                          {value}
                        </Button>
                      ))}
                    </Space>
                    <InputNumber
                      id="rating-score"
                      min={0}
                      max={100}
                      precision={0}
                      value={score}
                      onChange={(v) => setScore(typeof v === 'number' ? v : null)}
                      style={{ width: '100%', ...TAP }}
                      size="large"
                    />
                  </Form.Item>
                  <Form.Item label={t('comment')} name="comment">
                    <Input.TextArea rows={3} maxLength={1000} style={{ fontSize: 16 }} />
                  </Form.Item>
                  <Button
                    type="primary"
                    htmlType="submit"
                    size="large"
                    block
                    loading={submitting}
                    disabled={score === null}
                    style={{ minHeight: 48 }}
                  >
                    {t('submit')}
                  </Button>
                </Form>
              </>
            )}
          </>
        )}
      </Card>
    </main>
  );
}
