import { Card, Empty, List, Space, Tag, Typography } from 'antd';
import { api, unwrap } from '../api/client';
import { PublicPageHeader } from '../components/public-page-header';
import { RequestError } from '../components/request-error';
import { useRequest } from '../components/use-request';
import { formatDateTime } from '../i18n/format-date';
import { useI18n } from '../i18n/i18n';

/**
 * 三亮公开栏: a unit's service standards, its members' identity and its public pledges, for anyone
 * (no login) — opened from a QR code at the window or the unit's link. Mobile first.
 */
export function ServiceBoardPage({ organisationId }: { organisationId: string }) {
  const { t, language } = useI18n();
  const colon = language === 'en' ? ': ' : '：';
  const board = useRequest(
    async () =>
      unwrap(await api.GET('/organisations/{organisationId}/service-board', { params: { path: { organisationId } } })),
    [organisationId],
  );
  const data = board.data;
  return (
    <main style={{ maxWidth: 560, margin: '0 auto', padding: 12 }}>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <PublicPageHeader
          title={data?.organisationName ?? t('boardTitle')}
          subtitle={`${t('boardTitle')} · ${t('boardIntro')}`}
        />
        <RequestError error={board.error} onRetry={board.reload} />
        {board.loading && !data && <Card loading />}
        {data && (
          <>
            <Card title={<h2 style={{ fontSize: 17, margin: 0 }}>{t('boardStandards')}</h2>} size="small">
              {data.standards.length === 0 ? (
                <Empty description={t('boardEmpty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
              ) : (
                <List
                  dataSource={data.standards}
                  renderItem={(s) => (
                    <List.Item style={{ display: 'block' }}>
                      <Typography.Text strong>{s.item}</Typography.Text>
                      <div>
                        <Typography.Text type="secondary">
                          {t('process')}
                          {colon}
                        </Typography.Text>
                        {s.process.join(' → ')}
                      </div>
                      <div>
                        <Typography.Text type="secondary">
                          {t('timeLimit')}
                          {colon}
                        </Typography.Text>
                        <Tag color="blue">{s.timeLimit}</Tag>
                      </div>
                    </List.Item>
                  )}
                />
              )}
            </Card>
            <Card title={<h2 style={{ fontSize: 17, margin: 0 }}>{t('boardMembers')}</h2>} size="small">
              {data.members.length === 0 ? (
                <Empty description={t('boardEmpty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
              ) : (
                <List
                  dataSource={data.members}
                  renderItem={(m) => (
                    <List.Item style={{ display: 'block' }}>
                      <Space wrap size={4}>
                        <Typography.Text strong>{m.name}</Typography.Text>
                        {m.partyBadge && <Tag color="red">{t('partyMember')}</Tag>}
                      </Space>
                      <div>
                        <Typography.Text type="secondary">
                          {t('post')}
                          {colon}
                        </Typography.Text>
                        {m.post}
                      </div>
                      {m.responsibilityArea && (
                        <div>
                          <Typography.Text type="secondary">
                            {t('responsibilityArea')}
                            {colon}
                          </Typography.Text>
                          {m.responsibilityArea}
                        </div>
                      )}
                    </List.Item>
                  )}
                />
              )}
            </Card>
            <Card title={<h2 style={{ fontSize: 17, margin: 0 }}>{t('boardPledges')}</h2>} size="small">
              {data.pledges.length === 0 ? (
                <Empty description={t('boardEmpty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
              ) : (
                <List
                  dataSource={data.pledges}
                  renderItem={(p) => (
                    <List.Item style={{ display: 'block' }}>
                      <Space wrap size={4}>
                        <Typography.Text strong>{p.pledgerNames.join('、')}</Typography.Text>
                        <Tag>
                          {p.year} {p.kind === 'instant' ? t('pledgeInstant') : t('pledgeAnnual')}
                        </Tag>
                      </Space>
                      <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
                        {p.items.map((item, i) => (
                          <li key={i}>{item}</li>
                        ))}
                      </ul>
                    </List.Item>
                  )}
                />
              )}
            </Card>
            {data.updatedAt && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('boardUpdated', { at: formatDateTime(data.updatedAt, language) })}
              </Typography.Text>
            )}
          </>
        )}
      </Space>
    </main>
  );
}
