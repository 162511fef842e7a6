import { Alert, Card, Descriptions, List, Space, Table, Tag, Typography } from 'antd';
import { api, unwrap, type Schemas } from '../../api/client';
import { RequestError } from '../../components/request-error';
import { useRequest } from '../../components/use-request';
import { formatDateTime } from '../../i18n/format-date';
import { useI18n } from '../../i18n/i18n';
import { BASE, useRouter } from '../../router';
import { useSession } from '../../session';
import { commendationNoticePath } from '../commendation-notice-page';
import { CommendationAdminPanel } from './commendation-admin-panel';
import { NominateForm } from './commendation-nominate-form';
import { NominationActions } from './commendation-nomination-actions';
import { rolesOf } from './commendation-unit';
import { NOMINATION_LABELS, PHASE_LABELS, label } from './labels';

type Nomination = Schemas['NamedNominationDto'];

/**
 * A 学习先进 round: its phase and window, the nominations with their state and support, and what
 * the user's roles may do now — nominate (secretary), give an opinion while it is vetted (member),
 * object during 公示 (anyone of the unit), advance, opinion tokens and objections (administrator).
 * The decision is a supervisor's approval on the approvals page.
 */
export function CommendationRoundPage({ roundId }: { roundId: string }) {
  const { t, pick, language } = useI18n();
  const { user } = useSession();
  const { navigate } = useRouter();
  const roles = rolesOf(user);
  const round = useRequest(
    async () => unwrap(await api.GET('/commendations/{roundId}', { params: { path: { roundId } } })),
    [roundId],
  );
  const data = round.data;
  const commended = useRequest(async () => {
    if (data?.phase !== 'commended') return [];
    return unwrap(await api.GET('/commendations/{roundId}/commended', { params: { path: { roundId } } }));
  }, [roundId, data?.phase]);
  const names = new Map((data?.nominations ?? []).map((n) => [n.id, n.nomineeName]));

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Link
        href={`${BASE}/commendations`}
        onClick={(event) => {
          event.preventDefault();
          navigate('/commendations');
        }}
      >
        ← {t('commendations')}
      </Typography.Link>
      <Typography.Title level={2}>{data ? `${data.title}（${data.year}）` : t('commendations')}</Typography.Title>
      <RequestError error={round.error} onRetry={round.reload} />
      {round.loading && !data && <Card loading />}
      {data && (
        <>
          <Descriptions bordered size="small" column={1} style={{ maxWidth: 720 }}>
            <Descriptions.Item label={t('commendationPhase')}>
              <Tag color="blue" data-testid="commendation-phase">
                {label(PHASE_LABELS, data.phase, pick)}
              </Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('commendationWindowEnds')}>
              {formatDateTime(data.windowEndsAt, language)}
            </Descriptions.Item>
            <Descriptions.Item label={t('commendationNotice')}>
              <Typography.Link href={commendationNoticePath(roundId)} target="_blank">
                {t('commendationOpenNotice')}
              </Typography.Link>
            </Descriptions.Item>
          </Descriptions>
          {data.phase === 'decide' && (
            <Alert
              type="info"
              showIcon
              message={t('commendationDeciding')}
              action={
                <Typography.Link
                  href={`${BASE}/approvals`}
                  onClick={(event) => {
                    event.preventDefault();
                    navigate('/approvals');
                  }}
                >
                  {t('navApprovals')}
                </Typography.Link>
              }
            />
          )}
          {roles.has('administrator') && <CommendationAdminPanel round={data} names={names} onChanged={round.reload} />}
          {data.phase === 'nominate' && (roles.has('branch-secretary') || roles.has('administrator')) && (
            <NominateForm roundId={roundId} onNominated={round.reload} />
          )}
          <Card title={<h3 style={{ margin: 0, fontSize: 16 }}>{t('commendationNominations')}</h3>} size="small">
            <Table<Nomination>
              rowKey="id"
              dataSource={data.nominations}
              pagination={false}
              loading={round.loading}
              locale={{ emptyText: t('commendationNoNominations') }}
              columns={[
                { title: t('commendationNominee'), dataIndex: 'nomineeName' },
                {
                  title: t('commendationNomineeKind'),
                  dataIndex: 'nomineeKind',
                  render: (kind: string) => (kind === 'member' ? t('nomineeMember') : t('nomineeOrganisation')),
                },
                { title: t('noticeNominatedBy'), dataIndex: 'organisationName' },
                { title: t('noticeReason'), dataIndex: 'reason' },
                {
                  title: t('commendationState'),
                  dataIndex: 'state',
                  render: (state: string) => <Tag>{label(NOMINATION_LABELS, state, pick)}</Tag>,
                },
                {
                  title: t('commendationSupport'),
                  dataIndex: 'supportPercent',
                  render: (p: number | null) => (p === null ? '—' : `${p}%`),
                },
                {
                  title: t('actions'),
                  key: 'actions',
                  render: (_: unknown, n) => <NominationActions phase={data.phase} nomination={n} />,
                },
              ]}
            />
          </Card>
          {data.phase === 'commended' && (
            <Card title={<h3 style={{ margin: 0, fontSize: 16 }}>{t('noticeCommended')}</h3>} size="small">
              <RequestError error={commended.error} onRetry={commended.reload} />
              <List
                loading={commended.loading}
                dataSource={commended.data ?? []}
                rowKey={(n) => n.id}
                renderItem={(n) => (
                  <List.Item>
                    {names.get(n.id) ?? n.nomineeId} ·{' '}
                    {n.nomineeKind === 'member' ? t('nomineeMember') : t('nomineeOrganisation')}
                  </List.Item>
                )}
              />
            </Card>
          )}
        </>
      )}
    </Space>
  );
}
