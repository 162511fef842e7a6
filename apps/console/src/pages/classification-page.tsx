import { Alert, Button, Card, Form, Input, InputNumber, Modal, Radio, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { RequestError } from '../components/request-error';
import { useCommand } from '../components/use-command';
import { useRequest } from '../components/use-request';
import { useSectorNames } from '../components/use-sector-names';
import { useI18n } from '../i18n/i18n';
import { STATUS_LABELS, TIER_LABELS } from '../i18n/states';

type ClassifiedBranch = Schemas['ClassifiedBranchDto'];
type ObjectionRow = Schemas['ObjectionPublicViewDto'];

interface ResolveForm {
  outcome: 'upheld' | 'rejected';
  note: string;
  overall?: number;
}

/**
 * 分类定级 of a round for its supervisor: the proposed tiers per branch, approve them (publicity
 * opens) or return them with a reason; during publicity, the objections to resolve (采纳 re-grades
 * the branch with a corrected superior rating, 不予采纳 keeps the tier).
 */
export function ClassificationPage({ roundId }: { roundId: string }) {
  const { t, language } = useI18n();
  const { nameOf: sectorName } = useSectorNames();
  const path = { roundId };
  const [resolving, setResolving] = useState<ObjectionRow | null>(null);
  const classification = useRequest(
    async () =>
      unwrap(
        await api.GET('/grading-rounds/{roundId}/classification', {
          params: { path, query: { limit: 500, offset: 0 } },
        }),
      ).branches,
    [roundId],
  );
  const objections = useRequest(
    async () =>
      unwrap(
        await api.GET('/grading-rounds/{roundId}/objections', { params: { path, query: { limit: 200, offset: 0 } } }),
      ),
    [roundId],
  );
  const reloadAll = () => {
    classification.reload();
    objections.reload();
  };
  const approve = useCommand(async (idempotencyKey: string) => {
    const result = unwrap(
      await api.POST('/grading-rounds/{roundId}/classification/approve', {
        params: { path },
        body: { idempotencyKey },
      }),
    );
    reloadAll();
    return result;
  });
  const giveBack = useCommand(async (idempotencyKey: string, reason: string) => {
    const result = unwrap(
      await api.POST('/grading-rounds/{roundId}/classification/return', {
        params: { path },
        body: { idempotencyKey, reason: reason.trim() },
      }),
    );
    reloadAll();
    return result;
  });
  const resolve = useCommand(async (idempotencyKey: string, objectionId: string, values: ResolveForm) => {
    const result = unwrap(
      await api.POST('/grading-rounds/{roundId}/objections/{objectionId}/resolve', {
        params: { path: { roundId, objectionId } },
        body: {
          idempotencyKey,
          outcome: values.outcome,
          note: values.note.trim(),
          correctedRating: values.outcome === 'upheld' ? { overall: values.overall } : undefined,
        },
      }),
    );
    setResolving(null);
    reloadAll();
    return result;
  });
  const statusLabel = (s: string) => STATUS_LABELS[s]?.[language === 'en' ? 'en' : 'zh'] ?? s;
  const tier = (value: string | null) =>
    value ? (TIER_LABELS[value]?.[language === 'en' ? 'en' : 'zh'] ?? value) : '—';

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('classification')}</Typography.Title>
      <Card title={t('proposedTiers')}>
        <RequestError error={classification.error} onRetry={classification.reload} />
        <RequestError error={approve.error} />
        <RequestError error={giveBack.error} />
        {(approve.result || giveBack.result) && (
          <Alert type="success" showIcon role="status" message={t('saved')} style={{ marginBottom: 16 }} />
        )}
        <Table<ClassifiedBranch>
          rowKey="organisationId"
          size="small"
          loading={classification.loading}
          dataSource={classification.data ?? []}
          pagination={false}
          columns={[
            { title: t('code'), dataIndex: 'organisationCode', key: 'code' },
            { title: t('sector'), dataIndex: 'sectorCode', key: 'sector', render: (code: string) => sectorName(code) },
            { title: t('compositeScore'), dataIndex: 'score', key: 'score' },
            { title: t('rank'), dataIndex: 'rank', key: 'rank' },
            { title: t('proposedTier'), key: 'proposed', render: (_, b) => tier(b.proposedTier) },
            { title: t('finalTier'), key: 'final', render: (_, b) => tier(b.finalTier) },
          ]}
        />
        <Space direction="vertical" style={{ width: '100%', marginTop: 16 }}>
          <Button type="primary" loading={approve.running} onClick={() => approve.run()}>
            {t('approveClassification')}
          </Button>
          <Form<{ reason: string }>
            layout="inline"
            aria-label={t('returnClassification')}
            onFinish={(values) => giveBack.run(values.reason)}
          >
            <Form.Item
              label={t('reason')}
              name="reason"
              rules={[{ required: true, whitespace: true, message: t('required') }]}
            >
              <Input style={{ width: 360 }} maxLength={500} />
            </Form.Item>
            <Button danger htmlType="submit" loading={giveBack.running}>
              {t('returnClassification')}
            </Button>
          </Form>
        </Space>
      </Card>
      <Card title={t('objections')}>
        <RequestError error={objections.error} onRetry={objections.reload} />
        {objections.data && (
          <Typography.Paragraph>
            {t('objectionCounts', {
              open: objections.data.counts.open ?? 0,
              upheld: objections.data.counts.upheld ?? 0,
              rejected: objections.data.counts.rejected ?? 0,
            })}
          </Typography.Paragraph>
        )}
        <Table<ObjectionRow>
          rowKey="id"
          size="small"
          loading={objections.loading}
          dataSource={objections.data?.objections ?? []}
          pagination={false}
          columns={[
            { title: t('code'), dataIndex: 'organisationCode', key: 'code' },
            { title: t('filedOn'), dataIndex: 'filedOn', key: 'filedOn' },
            { title: t('status'), key: 'status', render: (_, o) => <Tag>{statusLabel(o.status)}</Tag> },
            {
              title: t('actions'),
              key: 'actions',
              render: (_, o) =>
                o.status === 'open' ? (
                  <Button size="small" onClick={() => setResolving(o)}>
                    {t('resolve')}
                  </Button>
                ) : null,
            },
          ]}
        />
      </Card>
      <Modal
        open={!!resolving}
        title={`${t('resolve')} · ${resolving?.organisationCode ?? ''}`}
        onCancel={() => setResolving(null)}
        footer={null}
        destroyOnClose
      >
        <RequestError error={resolve.error} />
        <Form<ResolveForm>
          layout="vertical"
          aria-label={t('resolve')}
          initialValues={{ outcome: 'rejected' }}
          onFinish={(values) => resolving && resolve.run(resolving.id, values)}
        >
          <Form.Item label={t('outcome')} name="outcome">
            <Radio.Group
              options={[
                { value: 'rejected', label: t('objectionRejected') },
                { value: 'upheld', label: t('objectionUpheld') },
              ]}
            />
          </Form.Item>
          <Form.Item
            label={t('resolutionNote')}
            name="note"
            rules={[{ required: true, whitespace: true, message: t('required') }]}
          >
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
          <Form.Item label={t('correctedOverall')} name="overall" extra={t('correctedOverallHelp')}>
            <InputNumber min={0} max={100} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={resolve.running}>
            {t('resolve')}
          </Button>
        </Form>
      </Modal>
    </Space>
  );
}
