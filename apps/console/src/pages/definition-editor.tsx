import { Alert, Button, Card, Form, Input, InputNumber, Space, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { placeProblems, type FieldName, type Problem } from '../components/field-errors';
import { RequestError } from '../components/request-error';
import { useCommand } from '../components/use-command';
import { useI18n } from '../i18n/i18n';
import { definitionRows, describeDefinitionPath, getAt, type DefinitionRow } from './definition-fields';
import type { MessageKey } from '../i18n/messages';

type Definition = Schemas['PipelineDefinitionResponse'];
type Body = Record<string, unknown>;

const GROUPS: { title: MessageKey; prefix: string | null }[] = [
  { title: 'publicityWorkingDays', prefix: 'publicityWorkingDays' },
  { title: 'appraisalWeights', prefix: 'appraisalWeights' },
  { title: 'tierRules', prefix: 'tiers' },
  { title: 'advancedMinPublicSatisfactionPercent', prefix: 'advancedMinPublicSatisfactionPercent' },
  { title: 'participation', prefix: 'participation' },
];

/** A copy of `body` with `value` at `name` (objects and arrays copied along the path). */
function setAt(body: unknown, name: FieldName, value: unknown): unknown {
  if (name.length === 0) return value;
  const [key, ...rest] = name;
  const copy = (Array.isArray(body) ? [...(body as unknown[])] : { ...(body as object) }) as Record<
    string | number,
    unknown
  >;
  copy[key!] = setAt(copy[key!], rest, value);
  return copy;
}

/**
 * 编辑草稿: the numbers of a grading-cycle draft in a form (names, publicity, weights, tier rules,
 * participation, indicator points, step deadlines). Saving replaces the body (PUT); every problem
 * the API names — what publishing would refuse, or a refused save or publish — appears next to its
 * field, the rest in a list.
 */
export function DefinitionEditor({
  definition,
  publishError,
  onSaved,
}: {
  definition: Definition;
  publishError: Problem[];
  onSaved: (saved: Definition) => void;
}) {
  const { t, pick } = useI18n();
  const [form] = Form.useForm<Body>();
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const body = definition.body;

  const rows = useMemo<DefinitionRow[]>(() => definitionRows(body, { t, pick }), [body, t, pick]);
  const known = rows.map((r) => r.name);
  const shown = (name: FieldName) => known.some((k) => JSON.stringify(k) === JSON.stringify(name));

  const describe = (field: string) => describeDefinitionPath(field, body, { t, pick });
  const place = (problems: readonly Problem[]) =>
    setUnmatched(placeProblems(form, problems, shown, pick, known, describe));

  const save = useCommand(async (_key: string, values: Body) => {
    let next: unknown = body;
    for (const row of rows) next = setAt(next, row.name, getAt(values, row.name));
    return unwrap(
      await api.PUT('/pipeline-definitions/{id}', {
        params: { path: { id: definition.id } },
        body: { body: next as Record<string, never> },
      }),
    );
  });

  // What publishing would refuse now (the draft as stored), and a refused publish, beside the fields.
  useEffect(() => {
    form.setFieldsValue(body as Parameters<typeof form.setFieldsValue>[0]);
    place([...(definition.problems ?? []), ...publishError]);
  }, [definition, publishError]);
  useEffect(() => {
    const refused = save.error as { body?: { errors?: Problem[] } } | null;
    if (refused?.body?.errors) place(refused.body.errors);
  }, [save.error]);

  const textField = (name: FieldName) => name[0] === 'name';
  return (
    <Card size="small" title={t('editDraft')}>
      <RequestError error={save.error} />
      {unmatched.length > 0 && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          message={t('otherProblems')}
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {unmatched.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          }
          style={{ marginBottom: 16 }}
        />
      )}
      <Form<Body>
        form={form}
        layout="vertical"
        aria-label={t('editDraft')}
        onFinish={async (values) => {
          const saved = await save.run(values);
          if (saved) onSaved(saved);
        }}
      >
        {rows
          .filter((r) => textField(r.name))
          .map((row) => (
            <Form.Item key={row.name.join('.')} label={row.label} name={row.name}>
              <Input maxLength={200} />
            </Form.Item>
          ))}
        {GROUPS.map((group) => {
          const inGroup = rows.filter((r) => r.name[0] === group.prefix);
          if (!inGroup.length) return null;
          return (
            <fieldset key={group.title} style={{ border: 0, padding: 0, margin: 0 }}>
              {inGroup.length > 1 && (
                <Typography.Title level={5} style={{ marginTop: 8 }}>
                  <legend style={{ fontSize: 'inherit', margin: 0 }}>{t(group.title)}</legend>
                </Typography.Title>
              )}
              <Space wrap align="start">
                {inGroup.map((row) => (
                  <Form.Item key={row.name.join('.')} label={row.label} name={row.name}>
                    <InputNumber style={{ width: 160 }} />
                  </Form.Item>
                ))}
              </Space>
            </fieldset>
          );
        })}
        {(['indicatorSheet', 'steps'] as const).map((prefix) => {
          const inGroup = rows.filter((r) => r.name[0] === prefix);
          if (!inGroup.length) return null;
          return (
            <fieldset key={prefix} style={{ border: 0, padding: 0, margin: 0 }}>
              <Typography.Title level={5} style={{ marginTop: 8 }}>
                <legend style={{ fontSize: 'inherit', margin: 0 }}>
                  {t(prefix === 'steps' ? 'stepDeadlines' : 'indicatorWeights')}
                </legend>
              </Typography.Title>
              <Space wrap align="start">
                {inGroup.map((row) => (
                  <Form.Item key={row.name.join('.')} label={row.label.split(' · ')[1]} name={row.name}>
                    <InputNumber style={{ width: 160 }} aria-label={row.label} />
                  </Form.Item>
                ))}
              </Space>
            </fieldset>
          );
        })}
        <Button type="primary" htmlType="submit" loading={save.running}>
          {t('saveDraft')}
        </Button>
      </Form>
    </Card>
  );
}
