import { Alert, Button } from 'antd';
import { RequestFailed } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { withoutJsonPaths } from './api-text';

/** The API's message in the UI language (with every field problem), or a network failure; optionally a retry. */
export function RequestError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t, pick } = useI18n();
  if (!error) return null;
  const body = error instanceof RequestFailed ? error.body : undefined;
  const message = body?.messageZhCN
    ? withoutJsonPaths(pick(body.messageZhCN, body.messageEn ?? body.messageZhCN))
    : error instanceof RequestFailed
      ? `${t('requestFailed')} (HTTP ${error.status})`
      : t('networkFailed');
  // Each problem's words only: its field is a JSON path for developers (the forms place them by it).
  const details = body?.errors?.map((e) => withoutJsonPaths(pick(e.messageZhCN, e.messageEn)));
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      message={message}
      description={
        details?.length ? (
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {details.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        ) : undefined
      }
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('retry')}
          </Button>
        ) : undefined
      }
      style={{ marginBottom: 16 }}
    />
  );
}
