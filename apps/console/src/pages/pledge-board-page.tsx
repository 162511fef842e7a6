import { Alert, Button, Card, List, Space, Tag, Typography } from 'antd';
import { api, unwrap } from '../api/client';
import { RequestError } from '../components/request-error';
import { useRequest } from '../components/use-request';
import { formatDateTime } from '../i18n/format-date';
import { useI18n } from '../i18n/i18n';
import { useRouter } from '../router';
import { useSession } from '../session';

/**
 * 承诺公示: the branch's pledges on display (names and organisation only, as the public board shows
 * them), each opening the pledge, where members evaluate it (自评 / 互评) once it is being evaluated.
 */
export function PledgeBoardPage() {
  const { t, language } = useI18n();
  const { user } = useSession();
  const { search, navigate } = useRouter();
  const organisationId =
    search.get('organisationId') ??
    user?.roles.find((r) => r.role === 'member' || r.role === 'branch-secretary')?.organisationId;
  const board = useRequest(async () => {
    if (!organisationId) return [];
    return unwrap(
      await api.GET('/organisations/{organisationId}/pledge-board', { params: { path: { organisationId } } }),
    );
  }, [organisationId]);

  if (!organisationId) return <Alert type="info" showIcon message={t('noLedgerRole')} />;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('pledgeBoard')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('pledgeBoardIntro')}</Typography.Paragraph>
      <RequestError error={board.error} onRetry={board.reload} />
      <Card
        extra={
          <Button onClick={board.reload} loading={board.loading}>
            {t('refresh')}
          </Button>
        }
      >
        <List
          loading={board.loading}
          dataSource={board.data ?? []}
          locale={{ emptyText: t('noBoardEntries') }}
          aria-label={t('pledgeBoard')}
          renderItem={(entry) => (
            <List.Item
              actions={[
                <Button key="open" onClick={() => navigate(`/pledges/${entry.pledgeId}`)}>
                  {t('openToEvaluate')}
                </Button>,
              ]}
            >
              <List.Item.Meta
                title={
                  <Space wrap>
                    <span data-testid="board-pledger">{entry.pledgerNames.join('、')}</span>
                    <Tag>{t(entry.kind === 'instant' ? 'pledgeInstant' : 'pledgeAnnual')}</Tag>
                    <Typography.Text type="secondary">{entry.year}</Typography.Text>
                  </Space>
                }
                description={
                  <>
                    <ul style={{ margin: 0, paddingLeft: 18 }}>
                      {entry.items.map((item, i) => (
                        <li key={i}>{item}</li>
                      ))}
                    </ul>
                    <Typography.Text type="secondary">
                      {t('publishedAt')} {formatDateTime(entry.publishedAt, language)} · {t('expiresAt')}{' '}
                      {formatDateTime(entry.expiresAt, language)}
                    </Typography.Text>
                  </>
                }
              />
            </List.Item>
          )}
        />
      </Card>
    </Space>
  );
}
