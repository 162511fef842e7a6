import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { RequestError } from '../components/request-error';
import { useI18n } from '../i18n/i18n';
import { useRouter } from '../router';
import { homeOf, useSession } from '../session';

/** 登录: POST /auth/login, then to the page of the user's role. */
export function LoginPage() {
  const { t } = useI18n();
  const { logIn, expired } = useSession();
  const { navigate } = useRouter();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (values: { username: string; password: string }) => {
    setSubmitting(true);
    setError(null);
    try {
      navigate(homeOf(await logIn(values.username, values.password)));
    } catch (caught) {
      setError(caught);
      setSubmitting(false);
    }
  };

  return (
    <main style={{ display: 'flex', justifyContent: 'center', padding: '10vh 16px' }}>
      <Card style={{ width: '100%', maxWidth: 400 }}>
        <Typography.Title level={1} style={{ fontSize: 24 }}>
          {t('appTitle')}
        </Typography.Title>
        {expired && <Alert type="warning" showIcon message={t('sessionExpired')} style={{ marginBottom: 16 }} />}
        <RequestError error={error} />
        <Form layout="vertical" onFinish={submit} requiredMark={false} aria-label={t('logIn')}>
          <Form.Item label={t('username')} name="username" rules={[{ required: true, message: t('required') }]}>
            <Input autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item label={t('password')} name="password" rules={[{ required: true, message: t('required') }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={submitting}>
            {t('logIn')}
          </Button>
        </Form>
      </Card>
    </main>
  );
}
