import { Alert, Button, Form, Input, Modal, Radio } from 'antd';
import { useState } from 'react';
import { api, unwrap, type Schemas } from '../../api/client';
import { RequestError } from '../../components/request-error';
import { useCommand } from '../../components/use-command';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session';
import { rolesOf } from './commendation-unit';
import { STANCE_LABELS, label } from './labels';

type Nomination = Schemas['NamedNominationDto'];
type Stance = Schemas['OpinionDto']['stance'];

/**
 * What may be done to one nomination now: during 考察 a member (or the secretary) of the
 * nominating organisation gives an opinion; during 公示 anyone of the unit may object.
 * The API decides who may; the page offers the action to the roles that can.
 */
export function NominationActions({ phase, nomination }: { phase: string; nomination: Nomination }) {
  const { t } = useI18n();
  const { user } = useSession();
  const roles = rolesOf(user);
  const [open, setOpen] = useState<'opinion' | 'objection' | null>(null);
  const canOpine = phase === 'vet' && (roles.has('member') || roles.has('branch-secretary'));
  const canObject = phase === 'publicise' && nomination.state === 'publicised';
  if (!canOpine && !canObject) return null;
  return (
    <>
      {canOpine && (
        <Button
          size="small"
          onClick={() => setOpen('opinion')}
          aria-label={`${t('commendationGiveOpinion')} ${nomination.nomineeName}`}
        >
          {t('commendationGiveOpinion')}
        </Button>
      )}
      {canObject && (
        <Button
          size="small"
          onClick={() => setOpen('objection')}
          aria-label={`${t('commendationObject')} ${nomination.nomineeName}`}
        >
          {t('commendationObject')}
        </Button>
      )}
      {open === 'opinion' && <OpinionDialog nomination={nomination} onClose={() => setOpen(null)} />}
      {open === 'objection' && <ObjectionDialog nomination={nomination} onClose={() => setOpen(null)} />}
    </>
  );
}

function OpinionDialog({ nomination, onClose }: { nomination: Nomination; onClose: () => void }) {
  const { t, pick } = useI18n();
  const [form] = Form.useForm<{ stance: Stance; comment?: string }>();
  const give = useCommand(async (_key: string, values: { stance: Stance; comment?: string }) =>
    unwrap(
      await api.POST('/nominations/{nominationId}/opinions', {
        params: { path: { nominationId: nomination.id } },
        body: { stance: values.stance, ...(values.comment?.trim() ? { comment: values.comment.trim() } : {}) },
      }),
    ),
  );
  return (
    <Modal
      open
      title={`${t('commendationGiveOpinion')}：${nomination.nomineeName}`}
      okText={t('submit')}
      cancelText={t('close')}
      confirmLoading={give.running}
      okButtonProps={{ disabled: !!give.result }}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <RequestError error={give.error} />
      {give.result && <Alert type="success" showIcon role="status" message={t('commendationOpinionGiven')} />}
      <Form form={form} layout="vertical" onFinish={(values) => void give.run(values)}>
        <Form.Item name="stance" label={t('commendationStance')} rules={[{ required: true, message: t('required') }]}>
          <Radio.Group aria-label={t('commendationStance')}>
            {Object.keys(STANCE_LABELS).map((s) => (
              <Radio key={s} value={s}>
                {label(STANCE_LABELS, s, pick)}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item name="comment" label={t('commendationComment')}>
          <Input.TextArea aria-label={t('commendationComment')} rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ObjectionDialog({ nomination, onClose }: { nomination: Nomination; onClose: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ reason: string }>();
  const object = useCommand(async (_key: string, reason: string) =>
    unwrap(
      await api.POST('/nominations/{nominationId}/objections', {
        params: { path: { nominationId: nomination.id } },
        body: { reason },
      }),
    ),
  );
  return (
    <Modal
      open
      title={`${t('commendationObject')}：${nomination.nomineeName}`}
      okText={t('submit')}
      cancelText={t('close')}
      confirmLoading={object.running}
      okButtonProps={{ disabled: !!object.result }}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <RequestError error={object.error} />
      {object.result && <Alert type="success" showIcon role="status" message={t('commendationObjectionFiled')} />}
      <Form form={form} layout="vertical" onFinish={(values) => void object.run(values.reason.trim())}>
        <Form.Item
          name="reason"
          label={t('commendationObjectionReason')}
          rules={[{ required: true, whitespace: true, message: t('required') }]}
        >
          <Input.TextArea aria-label={t('commendationObjectionReason')} rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
