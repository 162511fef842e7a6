import { Alert, Card, Empty, List, Space, Tag, Typography } from 'antd';
import { api, unwrap } from '../api/client';
import { PublicPageHeader } from '../components/public-page-header';
import { RequestError } from '../components/request-error';
import { useRequest } from '../components/use-request';
import { formatDateTime } from '../i18n/format-date';
import { useI18n } from '../i18n/i18n';

export const commendationNoticePath = (roundId: string) => `/public/commendations/${roundId}/notice`;

/**
 * 评选公示 / 表彰名单: a commendation round's public notice for anyone (no login), opened from the
 * unit's link or a QR code on the 公示栏. Mobile first; names only.
 */
export function CommendationNoticePage({ roundId }: { roundId: string }) {
  const { t, language } = useI18n();
  const colon = language === 'en' ? ': ' : '：';
  const notice = useRequest(
    async () => unwrap(await api.GET('/public/commendations/{roundId}', { params: { path: { roundId } } })),
    [roundId],
  );
  const data = notice.data;
  const heading = data?.phase === 'commended' ? t('noticeCommended') : t('noticeTitle');
  return (
    <main style={{ maxWidth: 560, margin: '0 auto', padding: 12 }}>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <PublicPageHeader
          title={data ? `${data.title} · ${heading}` : t('noticeTitle')}
          subtitle={data?.gradingUnitName}
        />
        <RequestError error={notice.error} onRetry={notice.reload} />
        {notice.loading && !data && <Card loading />}
        {data?.phase === 'publicise' && data.publicityEndsAt && (
          <Alert
            type="info"
            showIcon
            message={t('noticePublicity', { at: formatDateTime(data.publicityEndsAt, language) })}
          />
        )}
        {data?.phase === 'decide' && <Alert type="info" showIcon message={t('noticeDeciding')} />}
        {data && (
          <Card title={<h2 style={{ fontSize: 17, margin: 0 }}>{heading}</h2>} size="small">
            {data.entries.length === 0 ? (
              <Empty description={t('noticeNothing')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
            ) : (
              <List
                dataSource={data.entries}
                rowKey={(entry) => entry.nominationId}
                renderItem={(entry) => (
                  <List.Item style={{ display: 'block' }}>
                    <Space wrap size={4}>
                      <Typography.Text strong>{entry.nomineeName}</Typography.Text>
                      <Tag color={entry.nomineeKind === 'organisation' ? 'red' : 'gold'}>
                        {entry.nomineeKind === 'organisation' ? t('nomineeOrganisation') : t('nomineeMember')}
                      </Tag>
                    </Space>
                    <div>
                      <Typography.Text type="secondary">
                        {t('noticeNominatedBy')}
                        {colon}
                      </Typography.Text>
                      {entry.organisationName}
                    </div>
                    <div>
                      <Typography.Text type="secondary">
                        {t('noticeReason')}
                        {colon}
                      </Typography.Text>
                      {entry.reason}
                    </div>
                  </List.Item>
                )}
              />
            )}
          </Card>
        )}
      </Space>
    </main>
  );
}
