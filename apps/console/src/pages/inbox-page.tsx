import { Badge, Button, Card, Empty, List, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api, unwrap } from '../api/client';
import { followInbox } from '../api/inbox-stream';
import { RequestError } from '../components/request-error';
import { useRequest } from '../components/use-request';
import { formatDateTime } from '../i18n/format-date';
import { useI18n } from '../i18n/i18n';
import { useRouter } from '../router';
import { consolePathOf } from '../components/console-path';
import { useSession } from '../session';

/** 站内信: reminders, escalations and notices, newest first; new ones arrive live (SSE). */
export function InboxPage() {
  const { t, pick, language } = useI18n();
  const { user } = useSession();
  const { navigate } = useRouter();
  // The API answers the token's user's inbox; a new user means a new list and stream.
  const recipient = user?.username ?? '';
  const [live, setLive] = useState(false);
  const [markError, setMarkError] = useState<unknown>(null);
  const inbox = useRequest(
    async () => unwrap(await api.GET('/inbox', { params: { query: { pageSize: 50 } } })),
    [recipient],
  );
  useEffect(() => followInbox({ onNotice: inbox.reload, onConnected: setLive }), [recipient, inbox.reload]);

  const markRead = async (noticeId: string) => {
    setMarkError(null);
    try {
      unwrap(await api.POST('/inbox/{noticeId}/read', { params: { path: { noticeId } } }));
      inbox.reload();
    } catch (error) {
      setMarkError(error);
    }
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2}>
        {t('inbox')}{' '}
        {inbox.data && <Badge count={inbox.data.unread} aria-label={t('unread', { n: inbox.data.unread })} />}
      </Typography.Title>
      <Tag color={live ? 'green' : 'orange'} role="status">
        {live ? t('live') : t('offline')}
      </Tag>
      <RequestError error={inbox.error} onRetry={inbox.reload} />
      <RequestError error={markError} />
      <Card>
        <List
          loading={inbox.loading && !inbox.data}
          dataSource={inbox.data?.items ?? []}
          locale={{ emptyText: <Empty description={t('noNotices')} /> }}
          renderItem={(notice) => (
            <List.Item
              data-testid="inbox-notice"
              actions={[
                consolePathOf(notice.link) && (
                  <Button size="small" key="open" onClick={() => navigate(consolePathOf(notice.link)!)}>
                    {t('open')}
                  </Button>
                ),
                notice.readAt ? (
                  <Typography.Text type="secondary" key="read">
                    {t('read')}
                  </Typography.Text>
                ) : (
                  <Button size="small" key="mark" onClick={() => markRead(notice.id)}>
                    {t('markRead')}
                  </Button>
                ),
              ]}
            >
              <List.Item.Meta
                title={
                  <Space>
                    {!notice.readAt && <Badge status="processing" />}
                    <span>{pick(notice.titleZhCN, notice.titleEn)}</span>
                  </Space>
                }
                description={
                  <>
                    <div>{pick(notice.bodyZhCN, notice.bodyEn)}</div>
                    <Typography.Text type="secondary">{formatDateTime(notice.createdAt, language)}</Typography.Text>
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
