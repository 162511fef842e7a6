import { Alert, Button, Card, Form, Input, InputNumber, Select, Space } from 'antd';
import { api, unwrap, type Schemas } from '../../api/client';
import { RequestError } from '../../components/request-error';
import { useCommand } from '../../components/use-command';
import { useRequest } from '../../components/use-request';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session';
import { rolesOf } from '../commendations/commendation-unit';

type Campaign = Schemas['CampaignDto'];
type CommentKind = Schemas['LeaderCommentDto']['kind'];
const COMMENT_KINDS: { value: CommentKind; zh: string; en: string }[] = [
  { value: 'collective', zh: '集体点评', en: 'Collective' },
  { value: 'individual', zh: '个别点评', en: 'Individual' },
  { value: 'random', zh: '随机点评', en: 'Random' },
  { value: 'on-site', zh: '现场点评', en: 'On site' },
];
const heading = (text: string) => <h3 style={{ margin: 0, fontSize: 16 }}>{text}</h3>;
const done = (text: string) => (
  <Alert type="success" showIcon role="status" message={text} style={{ marginBottom: 12 }} />
);

/**
 * While a campaign is open: 领导点评 and 三比 scores (supervisor, administrator) and 党员互评
 * (a member reviews a colleague once). The unit's members are offered by name.
 */
export function CampaignScoring({ campaign }: { campaign: Campaign }) {
  const { t, pick } = useI18n();
  const { user } = useSession();
  const roles = rolesOf(user);
  const overseer = roles.has('supervisor') || roles.has('administrator');
  const campaignId = campaign.id;
  const members = useRequest(
    async () =>
      unwrap(
        await api.GET('/members', { params: { query: { organisationId: campaign.organisationId, pageSize: 200 } } }),
      ).items,
    [campaign.organisationId],
  );
  const memberOptions = (members.data ?? []).map((m) => ({ value: m.id, label: m.name }));
  const [commentForm] = Form.useForm();
  const [entryForm] = Form.useForm();
  const [peerForm] = Form.useForm();
  const comment = useCommand(
    async (_key: string, v: { kind: CommentKind; memberId?: string; score: number; text: string }) =>
      unwrap(
        await api.POST('/campaigns/{campaignId}/leader-comments', {
          params: { path: { campaignId } },
          body: { kind: v.kind, score: v.score, text: v.text.trim(), ...(v.memberId ? { memberId: v.memberId } : {}) },
        }),
      ),
  );
  const entry = useCommand(async (_key: string, v: { subject: string; itemScores: Record<string, number> }) =>
    unwrap(
      await api.POST('/campaigns/{campaignId}/entries', {
        params: { path: { campaignId } },
        body: {
          subjectKind: v.subject === 'unit' ? 'unit' : 'member',
          subjectId: v.subject === 'unit' ? campaign.organisationId : v.subject,
          itemScores: v.itemScores,
        },
      }),
    ),
  );
  const peer = useCommand(async (_key: string, v: { memberId: string; score: number }) =>
    unwrap(await api.POST('/campaigns/{campaignId}/peer-reviews', { params: { path: { campaignId } }, body: v })),
  );

  return (
    <>
      <RequestError error={members.error} onRetry={members.reload} />
      {overseer && (
        <Card title={heading(t('campaignLeaderComment'))} size="small">
          <RequestError error={comment.error} />
          {comment.result && !comment.error && done(t('campaignSaved'))}
          <Form
            form={commentForm}
            layout="vertical"
            style={{ maxWidth: 560 }}
            initialValues={{ kind: 'collective' }}
            onFinish={(v) => void comment.run(v)}
          >
            <Form.Item name="kind" label={t('campaignCommentKind')} rules={[{ required: true }]}>
              <Select
                aria-label={t('campaignCommentKind')}
                options={COMMENT_KINDS.map((k) => ({ value: k.value, label: pick(k.zh, k.en) }))}
              />
            </Form.Item>
            <Form.Item name="memberId" label={t('campaignCommentMember')}>
              <Select aria-label={t('campaignCommentMember')} allowClear options={memberOptions} />
            </Form.Item>
            <Form.Item name="score" label={t('campaignScore')} rules={[{ required: true, message: t('required') }]}>
              <InputNumber aria-label={t('campaignScore')} min={0} max={100} />
            </Form.Item>
            <Form.Item
              name="text"
              label={t('campaignCommentText')}
              rules={[{ required: true, whitespace: true, message: t('required') }]}
            >
              <Input.TextArea aria-label={t('campaignCommentText')} rows={2} maxLength={2000} />
            </Form.Item>
            <Button htmlType="submit" loading={comment.running}>
              {t('submit')}
            </Button>
          </Form>
        </Card>
      )}
      {overseer && (
        <Card title={heading(t('campaignEntry'))} size="small">
          <RequestError error={entry.error} />
          {entry.result && !entry.error && done(t('campaignEntryScored', { score: entry.result.score }))}
          <Form
            form={entryForm}
            layout="vertical"
            style={{ maxWidth: 560 }}
            initialValues={{ subject: 'unit' }}
            onFinish={(v) => void entry.run(v)}
          >
            <Form.Item name="subject" label={t('campaignSubject')} rules={[{ required: true }]}>
              <Select
                aria-label={t('campaignSubject')}
                options={[{ value: 'unit', label: t('campaignUnit') }, ...memberOptions]}
              />
            </Form.Item>
            <Space wrap>
              {campaign.rules.competitionSheet.map((item) => (
                <Form.Item
                  key={item.key}
                  name={['itemScores', item.key]}
                  label={`${pick(item.name.zhCN, item.name.en)}（${item.weight}%）`}
                  rules={[{ required: true, message: t('required') }]}
                >
                  <InputNumber aria-label={pick(item.name.zhCN, item.name.en)} min={0} max={100} />
                </Form.Item>
              ))}
            </Space>
            <div>
              <Button htmlType="submit" loading={entry.running}>
                {t('submit')}
              </Button>
            </div>
          </Form>
        </Card>
      )}
      {roles.has('member') && (
        <Card title={heading(t('campaignPeerReview'))} size="small">
          <RequestError error={peer.error} />
          {peer.result && !peer.error && done(t('campaignSaved'))}
          <Form form={peerForm} layout="inline" onFinish={(v) => void peer.run(v)}>
            <Form.Item name="memberId" label={t('member')} rules={[{ required: true, message: t('required') }]}>
              <Select aria-label={t('member')} style={{ width: 200 }} options={memberOptions} />
            </Form.Item>
            <Form.Item name="score" label={t('campaignScore')} rules={[{ required: true, message: t('required') }]}>
              <InputNumber aria-label={t('campaignScore')} min={0} max={100} />
            </Form.Item>
            <Button htmlType="submit" loading={peer.running}>
              {t('submit')}
            </Button>
          </Form>
        </Card>
      )}
    </>
  );
}
