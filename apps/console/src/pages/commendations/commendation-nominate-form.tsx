import { Alert, Button, Card, Form, Input, Select, Space } from 'antd';
import { api, unwrap, type Schemas } from '../../api/client';
import { RequestError } from '../../components/request-error';
import { useCommand } from '../../components/use-command';
import { useRequest } from '../../components/use-request';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session';
import { organisationOf } from './commendation-unit';
import { EVIDENCE_LABELS, label } from './labels';

type EvidenceKind = Schemas['EvidenceDto']['kind'];

interface NominateValues {
  organisationId: string;
  nomineeKind: 'organisation' | 'member';
  memberId?: string;
  reason: string;
  evidence?: { kind: EvidenceKind; id: string }[];
}

/**
 * 推荐: the secretary nominates their organisation (先进基层党组织) or one of its members (优秀共产党员)
 * with the reason and the evidence it cites by id; the API checks the evidence is the nominee's.
 */
export function NominateForm({ roundId, onNominated }: { roundId: string; onNominated: () => void }) {
  const { t, pick } = useI18n();
  const { user } = useSession();
  const [form] = Form.useForm<NominateValues>();
  const ownOrganisation = organisationOf(user, ['branch-secretary']);
  const organisationId = Form.useWatch('organisationId', form) ?? ownOrganisation ?? '';
  const nomineeKind = Form.useWatch('nomineeKind', form);
  const members = useRequest(async () => {
    if (!/^[0-9a-f-]{36}$/i.test(organisationId)) return [];
    return unwrap(await api.GET('/members', { params: { query: { organisationId, pageSize: 200 } } })).items;
  }, [organisationId]);
  const nominate = useCommand(async (_key: string, values: NominateValues) => {
    const answer = unwrap(
      await api.POST('/commendations/{roundId}/nominations', {
        params: { path: { roundId } },
        body: {
          nomineeKind: values.nomineeKind,
          nomineeId: values.nomineeKind === 'member' ? (values.memberId ?? '') : values.organisationId,
          organisationId: values.organisationId,
          reason: values.reason.trim(),
          evidence: (values.evidence ?? []).map((e) => ({ kind: e.kind, id: (e.id ?? '').trim() })),
        },
      }),
    );
    form.resetFields(['reason', 'evidence', 'memberId']);
    onNominated();
    return answer;
  });

  return (
    <Card title={<h3 style={{ margin: 0, fontSize: 16 }}>{t('commendationNominate')}</h3>} size="small">
      <RequestError error={nominate.error} />
      <RequestError error={members.error} onRetry={members.reload} />
      {nominate.result && !nominate.error && (
        <Alert
          type="success"
          showIcon
          role="status"
          message={t('commendationNominated')}
          style={{ marginBottom: 12 }}
        />
      )}
      <Form
        form={form}
        layout="vertical"
        style={{ maxWidth: 640 }}
        initialValues={{ organisationId: ownOrganisation ?? '', nomineeKind: 'member', evidence: [] }}
        onFinish={(values) => void nominate.run(values)}
      >
        <Form.Item
          name="organisationId"
          label={t('commendationNominatingOrg')}
          rules={[{ required: true, message: t('required') }]}
          hidden={!!ownOrganisation}
        >
          <Input aria-label={t('commendationNominatingOrg')} placeholder={t('organisationId')} />
        </Form.Item>
        <Form.Item name="nomineeKind" label={t('commendationNomineeKind')} rules={[{ required: true }]}>
          <Select
            aria-label={t('commendationNomineeKind')}
            options={[
              { value: 'member', label: t('nomineeMember') },
              { value: 'organisation', label: t('nomineeOrganisation') },
            ]}
          />
        </Form.Item>
        {nomineeKind !== 'organisation' && (
          <Form.Item name="memberId" label={t('member')} rules={[{ required: true, message: t('required') }]}>
            <Select
              aria-label={t('member')}
              loading={members.loading}
              showSearch
              optionFilterProp="label"
              options={(members.data ?? []).map((m) => ({ value: m.id, label: m.name }))}
            />
          </Form.Item>
        )}
        <Form.Item
          name="reason"
          label={t('noticeReason')}
          rules={[{ required: true, whitespace: true, message: t('required') }]}
        >
          <Input.TextArea aria-label={t('noticeReason')} rows={3} maxLength={4000} />
        </Form.Item>
        <Form.List name="evidence">
          {(fields, { add, remove }) => (
            <Space direction="vertical" style={{ width: '100%', marginBottom: 12 }}>
              {fields.map((field, index) => (
                <Space key={field.key} align="baseline" wrap>
                  <Form.Item name={[field.name, 'kind']} rules={[{ required: true, message: t('required') }]} noStyle>
                    <Select
                      aria-label={`${t('commendationEvidenceKind')} ${index + 1}`}
                      style={{ width: 280 }}
                      options={Object.keys(EVIDENCE_LABELS).map((k) => ({
                        value: k,
                        label: label(EVIDENCE_LABELS, k, pick),
                      }))}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'id']} rules={[{ required: true, message: t('required') }]} noStyle>
                    <Input
                      aria-label={`${t('commendationEvidenceId')} ${index + 1}`}
                      placeholder={t('commendationEvidenceId')}
                      style={{ width: 320 }}
                    />
                  </Form.Item>
                  <Button onClick={() => remove(field.name)}>{t('remove')}</Button>
                </Space>
              ))}
              <Button onClick={() => add({ kind: 'campaign-result', id: '' })}>{t('commendationAddEvidence')}</Button>
            </Space>
          )}
        </Form.List>
        <Button type="primary" htmlType="submit" loading={nominate.running}>
          {t('commendationNominateButton')}
        </Button>
      </Form>
    </Card>
  );
}
