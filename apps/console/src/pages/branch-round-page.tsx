import { Alert, Button, Card, Form, Input, InputNumber, Space, Spin, Table, Typography } from 'antd';
import { api, unwrap, type Schemas } from '../api/client';
import { readIndicatorSheet, type SheetItem } from '../api/read-indicator-sheet';
import { RequestError } from '../components/request-error';
import { useCommand } from '../components/use-command';
import { useRequest } from '../components/use-request';
import { useI18n } from '../i18n/i18n';
import { STATE_LABELS } from '../i18n/states';
import { useRouter } from '../router';
import { useSession } from '../session';
import { EVIDENCE_MAX_MB, EvidenceCell, useEvidence } from './self-assessment-evidence';

type Transition = Schemas['BranchActionResultDto'];

const GRADING_CYCLE = 'grading-cycle';

/**
 * A branch in a grading round (the deploy notice links here): its secretary acknowledges the
 * notice and submits the self-assessment, one score per item of the sector's indicator sheet, with
 * evidence uploaded per item (`./self-assessment-evidence`, referred to by id in the submission); a
 * supervisor on its leading line gives the superior rating. The API decides who may do what.
 */
export function BranchRoundPage({ roundId, orgId }: { roundId: string; orgId: string }) {
  const { t, pick, language } = useI18n();
  const { user } = useSession();
  const { navigate } = useRouter();
  const roles = new Set(user?.roles.map((r) => r.role));
  const organisation = useRequest(
    async () => unwrap(await api.GET('/organisations/{id}', { params: { path: { id: orgId } } })),
    [orgId],
  );
  const sectorCode = organisation.data?.sectorCode;
  // The round pins the definition published at launch; the current one is the same unless a newer version was published since.
  const sheet = useRequest(async () => {
    if (!sectorCode) return undefined;
    const definition = unwrap(
      await api.GET('/pipeline-definitions/current/{processKind}/{sectorCode}', {
        params: { path: { processKind: GRADING_CYCLE, sectorCode } },
      }),
    );
    return readIndicatorSheet(definition.body);
  }, [sectorCode]);

  const path = { roundId, orgId };
  const acknowledge = useCommand(async (idempotencyKey: string) =>
    unwrap(
      await api.POST('/grading-rounds/{roundId}/branches/{orgId}/acknowledge', {
        params: { path },
        body: { idempotencyKey },
      }),
    ),
  );
  const isSecretary = roles.has('branch-secretary');
  const evidence = useEvidence(roundId, orgId);
  const selfAssess = useCommand(async (idempotencyKey: string, items: Record<string, number>, note?: string) => {
    const references = evidence.references();
    return unwrap(
      await api.POST('/grading-rounds/{roundId}/branches/{orgId}/self-assessment', {
        params: { path },
        body: {
          idempotencyKey,
          items,
          note: note?.trim() || undefined,
          ...(Object.keys(references).length ? { evidence: references } : {}),
        },
      }),
    );
  });
  const rate = useCommand(async (idempotencyKey: string, overall: number, comment?: string) =>
    unwrap(
      await api.POST('/grading-rounds/{roundId}/branches/{orgId}/superior-rating', {
        params: { path },
        body: { idempotencyKey, overall, comment: comment?.trim() || undefined },
      }),
    ),
  );
  const stateLabel = (s: string) => STATE_LABELS[s]?.[language === 'en' ? 'en' : 'zh'] ?? s;
  const done = (result: Transition | undefined) =>
    result && (
      <Alert
        type="success"
        showIcon
        role="status"
        message={t('transitionDone', { from: stateLabel(result.from), to: stateLabel(result.to) })}
        style={{ marginBottom: 16 }}
      />
    );
  const items = sheet.data?.items ?? [];
  const indicatorName = (code: string) => {
    const indicator = sheet.data?.indicators.find((i) => i.code === code);
    return indicator ? pick(indicator.name.zhCN, indicator.name.en) : code;
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2}>
        {t('branchRound')}
        {organisation.data ? ` · ${organisation.data.name}` : ''}
      </Typography.Title>
      <RequestError error={organisation.error} onRetry={organisation.reload} />
      <Space>
        <Button onClick={() => navigate(`/grading-rounds/${roundId}/branches/${orgId}/rectification`)}>
          {t('openRectification')}
        </Button>
      </Space>
      {roles.has('branch-secretary') && (
        <Card title={t('acknowledgeTitle')}>
          <RequestError error={acknowledge.error} />
          {done(acknowledge.result)}
          <Typography.Paragraph>{t('acknowledgeHelp')}</Typography.Paragraph>
          <Button type="primary" loading={acknowledge.running} onClick={() => acknowledge.run()}>
            {t('acknowledge')}
          </Button>
        </Card>
      )}
      {roles.has('branch-secretary') && (
        <Card title={t('selfAssessment')}>
          <RequestError error={sheet.error} onRetry={sheet.reload} />
          <RequestError error={selfAssess.error} />
          <RequestError error={evidence.files.error} onRetry={evidence.files.reload} />
          {done(selfAssess.result)}
          <Typography.Paragraph type="secondary">{t('evidenceHint', { mb: EVIDENCE_MAX_MB })}</Typography.Paragraph>
          <Spin spinning={sheet.loading || organisation.loading} tip={t('loading')}>
            <Form<{ items: Record<string, number>; note?: string }>
              layout="vertical"
              aria-label={t('selfAssessment')}
              onFinish={(values) => selfAssess.run(values.items, values.note)}
            >
              <Table<SheetItem>
                rowKey="key"
                size="small"
                pagination={false}
                dataSource={items}
                columns={[
                  { title: t('indicator'), key: 'indicator', render: (_, item) => indicatorName(item.indicator) },
                  { title: t('indicatorItem'), key: 'name', render: (_, item) => pick(item.name.zhCN, item.name.en) },
                  { title: t('maxPoints'), dataIndex: 'weight', key: 'weight' },
                  {
                    title: t('score'),
                    key: 'score',
                    render: (_, item) => (
                      <Form.Item
                        name={['items', item.key]}
                        rules={[{ required: true, message: t('required') }]}
                        style={{ margin: 0 }}
                      >
                        <InputNumber
                          min={0}
                          max={item.weight}
                          step={0.5}
                          aria-label={`${pick(item.name.zhCN, item.name.en)} ${t('score')}`}
                        />
                      </Form.Item>
                    ),
                  },
                  {
                    title: t('evidence'),
                    key: 'evidence',
                    render: (_, item) => (
                      <EvidenceCell
                        roundId={roundId}
                        orgId={orgId}
                        itemKey={item.key}
                        itemName={pick(item.name.zhCN, item.name.en)}
                        files={evidence.files}
                        disabled={!isSecretary || Boolean(selfAssess.result)}
                      />
                    ),
                  },
                ]}
              />
              <Form.Item label={t('note')} name="note" style={{ marginTop: 16 }}>
                <Input.TextArea rows={2} maxLength={2000} />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={selfAssess.running} disabled={!items.length}>
                {t('submitSelfAssessment')}
              </Button>
            </Form>
          </Spin>
        </Card>
      )}
      {(roles.has('supervisor') || roles.has('administrator')) && (
        <Card title={t('superiorRating')}>
          <RequestError error={rate.error} />
          {done(rate.result)}
          <Form<{ overall: number; comment?: string }>
            layout="vertical"
            aria-label={t('superiorRating')}
            onFinish={(values) => rate.run(values.overall, values.comment)}
            style={{ maxWidth: 520 }}
          >
            <Form.Item label={t('overallScore')} name="overall" rules={[{ required: true, message: t('required') }]}>
              <InputNumber min={0} max={100} />
            </Form.Item>
            <Form.Item label={t('ratingComment')} name="comment">
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={rate.running}>
              {t('submitRating')}
            </Button>
          </Form>
        </Card>
      )}
    </Space>
  );
}
