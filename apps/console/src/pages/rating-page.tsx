import { Alert, Button, Card, Form, Input, InputNumber, Result, Slider, Typography } from 'antd';
import { useState } from 'react';
import { api, unwrap } from '../api/client';
import { RequestError } from '../components/request-error';
import { useI18n } from '../i18n/i18n';
import { useRouter } from '../router';

/** 群众评议: opened from the link (or QR code) a branch issued; no login; one rating per link. Mobile first. */
export function RatingPage({ pledgeId }: { pledgeId: string }) {
  const { t } = useI18n();
  const { search } = useRouter();
  const token = search.get('token');
  const [score, setScore] = useState<number>(90);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);

  const submit = async (values: { comment?: string }) => {
    if (!token) return;
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

  return (
    <main style={{ maxWidth: 480, margin: '0 auto', padding: 16 }}>
      <Card>
        <Typography.Title level={1} style={{ fontSize: 22 }}>
          {t('rateTitle')}
        </Typography.Title>
        {done ? (
          <Result status="success" title={t('rated')} />
        ) : !token ? (
          <Alert type="error" showIcon role="alert" message={t('missingToken')} />
        ) : (
          <>
            <Typography.Paragraph>{t('rateIntro')}</Typography.Paragraph>
            <RequestError error={error} />
            <Form layout="vertical" onFinish={submit} aria-label={t('rateTitle')}>
              <Form.Item label={t('score')} htmlFor="rating-score">
                <InputNumber
                  id="rating-score"
                  min={0}
                  max={100}
                  value={score}
                  onChange={(v) => setScore(v ?? 0)}
                  style={{ width: '100%' }}
                  size="large"
                />
                <Slider min={0} max={100} value={score} onChange={setScore} aria-label={t('score')} />
              </Form.Item>
              <Form.Item label={t('comment')} name="comment">
                <Input.TextArea rows={3} maxLength={1000} />
              </Form.Item>
              <Button type="primary" htmlType="submit" size="large" block loading={submitting}>
                {t('submit')}
              </Button>
            </Form>
          </>
        )}
      </Card>
    </main>
  );
}
