import { Button, Card, Form, Input, Modal, Table, Tag } from 'antd';
import { useState } from 'react';
import { api, unwrap, type Schemas } from '../../api/client';
import { RequestError } from '../../components/request-error';
import { useCommand } from '../../components/use-command';
import { useRequest } from '../../components/use-request';
import { formatDateTime } from '../../i18n/format-date';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session';
import { rolesOf } from '../commendations/commendation-unit';

type FollowUp = Schemas['FollowUpDto'];

/** 整改存在问题: the follow-ups a complaint or a low rating opened; the unit's secretary closes one. */
export function CampaignFollowUps({ campaignId }: { campaignId: string }) {
  const { t, language } = useI18n();
  const { user } = useSession();
  const secretary = rolesOf(user).has('branch-secretary');
  const [closing, setClosing] = useState<FollowUp | null>(null);
  const [form] = Form.useForm<{ resolution: string }>();
  const followUps = useRequest(
    async () => unwrap(await api.GET('/campaigns/{campaignId}/follow-ups', { params: { path: { campaignId } } })),
    [campaignId],
  );
  const close = useCommand(async (_key: string, followUpId: string, resolution: string) => {
    const answer = unwrap(
      await api.POST('/campaigns/{campaignId}/follow-ups/{followUpId}/close', {
        params: { path: { campaignId, followUpId } },
        body: { resolution },
      }),
    );
    setClosing(null);
    form.resetFields();
    followUps.reload();
    return answer;
  });
  return (
    <Card title={<h3 style={{ margin: 0, fontSize: 16 }}>{t('campaignFollowUps')}</h3>} size="small">
      <RequestError error={followUps.error} onRetry={followUps.reload} />
      <Table<FollowUp>
        rowKey="id"
        size="small"
        pagination={false}
        loading={followUps.loading}
        dataSource={followUps.data ?? []}
        locale={{ emptyText: t('campaignNoFollowUps') }}
        columns={[
          {
            title: t('campaignFollowUpReason'),
            dataIndex: 'reason',
            render: (r: string) => (r === 'complaint' ? t('campaignComplaint') : t('campaignLowScore')),
          },
          { title: t('campaignSuggestion'), dataIndex: 'suggestion', render: (s: string | null) => s ?? '—' },
          { title: t('deadline'), dataIndex: 'deadlineAt', render: (at: string) => formatDateTime(at, language) },
          {
            title: t('commendationState'),
            dataIndex: 'status',
            render: (s: string) => <Tag>{s === 'open' ? t('campaignFollowUpOpen') : t('campaignFollowUpClosed')}</Tag>,
          },
          {
            title: t('actions'),
            key: 'actions',
            render: (_: unknown, f) =>
              secretary && f.status === 'open' ? (
                <Button size="small" onClick={() => setClosing(f)}>
                  {t('campaignCloseFollowUp')}
                </Button>
              ) : null,
          },
        ]}
      />
      {closing && (
        <Modal
          open
          title={t('campaignCloseFollowUp')}
          okText={t('submit')}
          cancelText={t('close')}
          confirmLoading={close.running}
          onOk={() => form.submit()}
          onCancel={() => setClosing(null)}
        >
          <RequestError error={close.error} />
          <Form form={form} layout="vertical" onFinish={(v) => void close.run(closing.id, v.resolution.trim())}>
            <Form.Item
              name="resolution"
              label={t('campaignResolution')}
              rules={[{ required: true, whitespace: true, message: t('required') }]}
            >
              <Input.TextArea aria-label={t('campaignResolution')} rows={3} maxLength={2000} />
            </Form.Item>
          </Form>
        </Modal>
      )}
    </Card>
  );
}
