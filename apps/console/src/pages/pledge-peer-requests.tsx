import { Alert, Button, Card, Form, Select, Typography } from 'antd';
import { api, unwrap } from '../api/client';
import { RequestError } from '../components/request-error';
import { useCommand } from '../components/use-command';
import { useI18n } from '../i18n/i18n';

/**
 * 邀请互评: the branch secretary asks members of the branch (never the pledger) for a peer
 * evaluation; only asked members may give one (the API refuses the others, ADR 0016).
 */
export function PledgePeerRequests({
  pledgeId,
  peers,
  nameOf,
}: {
  pledgeId: string;
  peers: readonly { value: string; label: string }[];
  nameOf: (memberId: string) => string;
}) {
  const { t, language } = useI18n();
  const ask = useCommand(async (key: string, memberIds: string[]) =>
    unwrap(
      await api.POST('/pledges/{pledgeId}/peer-evaluation-requests', {
        params: { path: { pledgeId } },
        body: { idempotencyKey: key, memberIds },
      }),
    ),
  );
  return (
    <Card title={t('askPeers')} style={{ flex: 1, minWidth: 320 }}>
      <Typography.Paragraph type="secondary">{t('askPeersHint')}</Typography.Paragraph>
      <RequestError error={ask.error} />
      {ask.result && (
        <Alert
          type="success"
          showIcon
          role="status"
          message={t('askedPeers', {
            names: ask.result.askedMemberIds.map(nameOf).join(language === 'en' ? ', ' : '、'),
          })}
        />
      )}
      <Form<{ memberIds: string[] }>
        layout="vertical"
        aria-label={t('askPeers')}
        onFinish={(values) => ask.run(values.memberIds)}
      >
        <Form.Item name="memberIds" label={t('askPeers')} rules={[{ required: true, message: t('required') }]}>
          <Select mode="multiple" aria-label={t('askPeers')} options={[...peers]} optionFilterProp="label" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={ask.running}>
          {t('askPeersSubmit')}
        </Button>
      </Form>
    </Card>
  );
}
