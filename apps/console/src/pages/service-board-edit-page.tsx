import { Alert, Button, Card, Checkbox, Form, Input, Select, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { api, unwrap } from '../api/client';
import { RequestError } from '../components/request-error';
import { useCommand } from '../components/use-command';
import { useRequest } from '../components/use-request';
import { useI18n } from '../i18n/i18n';
import { useRouter } from '../router';
import { useSession } from '../session';

interface StandardRow {
  item: string;
  steps: string;
  timeLimit: string;
}
interface MemberRow {
  memberId: string;
  post: string;
  partyBadge: boolean;
  responsibilityArea?: string;
}
interface BoardForm {
  standards: StandardRow[];
  members: MemberRow[];
}

/** The public page's address (outside /console: the API serves it to anyone). */
export const publicBoardPath = (organisationId: string) => `/public/organisations/${organisationId}/board`;

/**
 * 维护三亮内容: the unit's secretary (or an administrator, for any unit of their grading unit)
 * keeps its service standards and its members' public identity; saving replaces both and the
 * public page shows them at once. The API names every problem by its field.
 */
export function ServiceBoardEditPage() {
  const { t } = useI18n();
  const { user } = useSession();
  const { search, navigate } = useRouter();
  const organisationId =
    search.get('organisationId') ?? user?.roles.find((r) => r.role === 'branch-secretary')?.organisationId ?? null;
  const [form] = Form.useForm<BoardForm>();

  const content = useRequest(async () => {
    if (!organisationId) return null;
    return unwrap(
      await api.GET('/organisations/{organisationId}/service-board/content', {
        params: { path: { organisationId } },
      }),
    );
  }, [organisationId]);
  const members = useRequest(async () => {
    if (!organisationId) return [];
    return unwrap(await api.GET('/members', { params: { query: { organisationId, pageSize: 200 } } })).items;
  }, [organisationId]);

  useEffect(() => {
    if (!content.data) return;
    form.setFieldsValue({
      standards: content.data.standards.map((s) => ({
        item: s.item,
        steps: s.process.join('\n'),
        timeLimit: s.timeLimit,
      })),
      members: content.data.members.map((m) => ({
        memberId: m.memberId,
        post: m.post,
        partyBadge: m.partyBadge,
        responsibilityArea: m.responsibilityArea ?? '',
      })),
    });
  }, [content.data, form]);

  const save = useCommand(async (_key: string, values: BoardForm) =>
    unwrap(
      await api.PUT('/organisations/{organisationId}/service-board/content', {
        params: { path: { organisationId: organisationId ?? '' } },
        body: {
          standards: (values.standards ?? []).map((s) => ({
            item: s.item ?? '',
            process: (s.steps ?? '')
              .split('\n')
              .map((step) => step.trim())
              .filter((step) => step !== ''),
            timeLimit: s.timeLimit ?? '',
          })),
          members: (values.members ?? []).map((m) => ({
            memberId: m.memberId,
            post: m.post ?? '',
            partyBadge: m.partyBadge === true,
            responsibilityArea: m.responsibilityArea?.trim() ? m.responsibilityArea : null,
          })),
        },
      }),
    ),
  );

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%', maxWidth: 820 }}>
      <Typography.Title level={2}>{t('editBoard')}</Typography.Title>
      {!organisationId ? (
        <Card>
          <Typography.Paragraph type="warning">{t('noUnitRole')}</Typography.Paragraph>
          <Input.Search
            aria-label={t('organisationId')}
            placeholder={t('organisationId')}
            enterButton={t('open')}
            onSearch={(id) => id.trim() && navigate(`/service-board?organisationId=${encodeURIComponent(id.trim())}`)}
            style={{ maxWidth: 520 }}
          />
        </Card>
      ) : (
        <>
          <Alert type="info" showIcon message={t('editBoardIntro')} />
          <Typography.Link href={publicBoardPath(organisationId)} target="_blank">
            {t('openPublicBoard')}
          </Typography.Link>
          <RequestError error={content.error} onRetry={content.reload} />
          <RequestError error={members.error} onRetry={members.reload} />
          <RequestError error={save.error} />
          {save.result && !save.error && <Alert type="success" showIcon role="status" message={t('boardSaved')} />}
          <Form<BoardForm>
            form={form}
            layout="vertical"
            aria-label={t('editBoard')}
            initialValues={{ standards: [], members: [] }}
            onFinish={(values) => save.run(values)}
            disabled={content.loading}
          >
            <Card title={t('boardStandards')} size="small" style={{ marginBottom: 16 }}>
              <Form.List name="standards">
                {(fields, { add, remove }) => (
                  <>
                    {fields.map((field, index) => (
                      <Card
                        key={field.key}
                        size="small"
                        type="inner"
                        style={{ marginBottom: 12 }}
                        title={`${t('serviceItem')} ${index + 1}`}
                        extra={
                          <Button size="small" danger onClick={() => remove(field.name)}>
                            {t('remove')}
                          </Button>
                        }
                      >
                        <Form.Item
                          label={t('serviceItem')}
                          name={[field.name, 'item']}
                          rules={[{ required: true, whitespace: true, message: t('required') }]}
                        >
                          <Input maxLength={100} />
                        </Form.Item>
                        <Form.Item
                          label={t('processSteps')}
                          name={[field.name, 'steps']}
                          rules={[{ required: true, whitespace: true, message: t('required') }]}
                        >
                          <Input.TextArea rows={3} />
                        </Form.Item>
                        <Form.Item
                          label={t('timeLimit')}
                          name={[field.name, 'timeLimit']}
                          rules={[{ required: true, whitespace: true, message: t('required') }]}
                        >
                          <Input maxLength={50} />
                        </Form.Item>
                      </Card>
                    ))}
                    <Button onClick={() => add({ item: '', steps: '', timeLimit: '' })}>{t('addStandard')}</Button>
                  </>
                )}
              </Form.List>
            </Card>
            <Card title={t('boardMembers')} size="small" style={{ marginBottom: 16 }}>
              <Form.List name="members">
                {(fields, { add, remove }) => (
                  <>
                    {fields.map((field, index) => (
                      <Card
                        key={field.key}
                        size="small"
                        type="inner"
                        style={{ marginBottom: 12 }}
                        title={`${t('member')} ${index + 1}`}
                        extra={
                          <Button size="small" danger onClick={() => remove(field.name)}>
                            {t('remove')}
                          </Button>
                        }
                      >
                        <Form.Item
                          label={t('member')}
                          name={[field.name, 'memberId']}
                          rules={[{ required: true, message: t('required') }]}
                        >
                          <Select
                            loading={members.loading}
                            showSearch
                            optionFilterProp="label"
                            options={(members.data ?? []).map((m) => ({ value: m.id, label: m.name }))}
                          />
                        </Form.Item>
                        <Form.Item
                          label={t('post')}
                          name={[field.name, 'post']}
                          rules={[{ required: true, whitespace: true, message: t('required') }]}
                        >
                          <Input maxLength={50} />
                        </Form.Item>
                        <Form.Item name={[field.name, 'partyBadge']} valuePropName="checked">
                          <Checkbox>{t('showPartyBadge')}</Checkbox>
                        </Form.Item>
                        <Form.Item label={t('responsibilityArea')} name={[field.name, 'responsibilityArea']}>
                          <Input maxLength={100} />
                        </Form.Item>
                      </Card>
                    ))}
                    <Button onClick={() => add({ memberId: undefined, post: '', partyBadge: true })}>
                      {t('addMember')}
                    </Button>
                  </>
                )}
              </Form.List>
            </Card>
            <Button type="primary" htmlType="submit" loading={save.running}>
              {t('save')}
            </Button>
          </Form>
        </>
      )}
    </Space>
  );
}
