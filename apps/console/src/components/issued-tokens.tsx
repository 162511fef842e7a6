import { Alert, Typography } from 'antd';
import { useI18n } from '../i18n/i18n';

/**
 * Public tokens just issued (群众评议码, 群众意见码): how many, what to do with them, and each one to
 * copy (to print as a QR code or hand out). They are shown once: the API keeps only their hashes.
 */
export function IssuedTokens({ tokens, hint, label }: { tokens: readonly string[]; hint: string; label: string }) {
  const { t } = useI18n();
  return (
    <>
      <Alert
        type="success"
        showIcon
        role="status"
        style={{ margin: '12px 0' }}
        message={t('tokensIssued', { n: tokens.length })}
        description={hint}
      />
      {/* data-scan-ignore: the e2e text scan skips tokens (random text, not internal codes). */}
      <ol aria-label={label} style={{ margin: 0, paddingLeft: 24 }} data-scan-ignore>
        {tokens.map((token) => (
          <li key={token}>
            <Typography.Text copyable style={{ wordBreak: 'break-all', fontSize: 12 }}>
              {token}
            </Typography.Text>
          </li>
        ))}
      </ol>
    </>
  );
}
