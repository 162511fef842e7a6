import {
  Alert,
  Button,
  Card,
  Collapse,
  Drawer,
  Empty,
  List,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  message,
} from 'antd';
import { useMemo, useState } from 'react';
import { api, RequestFailed, unwrap, type Schemas } from '../api/client';
import { withoutJsonPaths } from '../components/api-text';
import { RequestError } from '../components/request-error';
import { useRequest } from '../components/use-request';
import { formatDateTime } from '../i18n/format-date';
import { useI18n } from '../i18n/i18n';
import { DefinitionCompare } from './definition-compare';
import { DefinitionEditor } from './definition-editor';
import { describeDefinitionPath } from './definition-fields';

type Summary = Schemas['PipelineDefinitionSummaryResponse'];
type FieldError = Schemas['FieldErrorBody'];

const PROCESS_KIND = 'grading-cycle';
const STATUS_COLOURS: Record<string, string> = { draft: 'orange', published: 'green', retired: 'default' };

/** 流程定义: per sector, the versions of the grading cycle; view one, start a draft, publish a draft. */
export function DefinitionsPage() {
  const { t, pick, language } = useI18n();
  const [sector, setSector] = useState<string>('village');
  const [openId, setOpenId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);
  const [toast, toastHolder] = message.useMessage();
  const sectors = useRequest(async () => unwrap(await api.GET('/sectors')), []);
  const definitions = useRequest(
    async () =>
      unwrap(
        await api.GET('/pipeline-definitions', {
          params: { query: { sectorCode: sector, processKind: PROCESS_KIND, pageSize: 100 } },
        }),
      ),
    [sector],
  );
  const opened = useRequest(
    async () =>
      openId ? unwrap(await api.GET('/pipeline-definitions/{id}', { params: { path: { id: openId } } })) : null,
    [openId],
  );

  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    setActionError(null);
    try {
      await work();
    } catch (error) {
      setActionError(error);
    } finally {
      setBusy(false);
    }
  };
  const newDraft = () =>
    act(async () => {
      const draft = unwrap(
        await api.POST('/pipeline-definitions', {
          body: { processKind: PROCESS_KIND, sectorCode: sector },
        }),
      );
      toast.success(t('draftCreated'));
      definitions.reload();
      setOpenId(draft.id);
    });
  const nextVersion = (id: string) =>
    act(async () => {
      const draft = unwrap(await api.POST('/pipeline-definitions/{id}/versions', { params: { path: { id } } }));
      toast.success(t('draftCreated'));
      definitions.reload();
      setOpenId(draft.id);
    });
  const publish = (id: string) =>
    act(async () => {
      const result = unwrap(
        await api.POST('/pipeline-definitions/{id}/publish', {
          params: { path: { id } },
        }),
      );
      toast.success(t('publishedOk', { v: result.published.version }));
      // A year its working-day deadlines fall in has no holiday calendar: published, but say so.
      for (const w of result.warnings) void toast.warning(pick(w.text.zhCN, w.text.en), 10);
      definitions.reload();
      opened.reload();
    });

  const sectorName = (code: string) => {
    const found = sectors.data?.find((s) => s.code === code);
    return found ? pick(found.nameZhCN, found.nameEn) : '';
  };
  const statusLabel = (s: string) => t(s === 'draft' ? 'draft' : s === 'published' ? 'published' : 'retired');
  const refusedFields = useMemo<FieldError[]>(
    () => (actionError instanceof RequestFailed ? (actionError.body?.errors ?? []) : []),
    [actionError],
  );
  const problems = (opened.data?.problems ?? []) as FieldError[];

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {toastHolder}
      <Typography.Title level={2}>{t('navDefinitions')}</Typography.Title>
      <Card>
        <Space wrap>
          <Select
            aria-label={t('sector')}
            showSearch
            optionFilterProp="label"
            value={sector}
            onChange={setSector}
            loading={sectors.loading}
            style={{ width: 220 }}
            options={(sectors.data ?? []).map((s) => ({ value: s.code, label: pick(s.nameZhCN, s.nameEn) }))}
          />
          <Button onClick={newDraft} loading={busy}>
            {t('newDraft')}
          </Button>
        </Space>
      </Card>
      <RequestError error={sectors.error} onRetry={sectors.reload} />
      <RequestError error={actionError} />
      <RequestError error={definitions.error} onRetry={definitions.reload} />
      <Table<Summary>
        rowKey="id"
        loading={definitions.loading}
        dataSource={definitions.data?.items ?? []}
        locale={{ emptyText: <Empty description={t('noDefinitions')} /> }}
        pagination={false}
        columns={[
          { title: t('version'), dataIndex: 'version', width: 90, render: (v: number) => `v${v}` },
          {
            title: t('status'),
            dataIndex: 'status',
            render: (s: string) => <Tag color={STATUS_COLOURS[s]}>{statusLabel(s)}</Tag>,
          },
          { title: t('updatedAt'), dataIndex: 'updatedAt', render: (d: string) => formatDateTime(d, language) },
          {
            title: t('actions'),
            render: (_, d) => (
              <Space>
                <Button size="small" onClick={() => setOpenId(d.id)} aria-label={`${t('view')} v${d.version}`}>
                  {t('view')}
                </Button>
                {d.status !== 'draft' && (
                  <Button
                    size="small"
                    loading={busy}
                    onClick={() => nextVersion(d.id)}
                    aria-label={`${t('newVersion')} v${d.version}`}
                  >
                    {t('newVersion')}
                  </Button>
                )}
                {d.status === 'draft' && (
                  <Button
                    size="small"
                    type="primary"
                    loading={busy}
                    onClick={() => publish(d.id)}
                    aria-label={`${t('publish')} v${d.version}`}
                  >
                    {t('publish')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <DefinitionCompare versions={definitions.data?.items ?? []} statusLabel={statusLabel} />
      <Drawer
        open={openId !== null}
        onClose={() => setOpenId(null)}
        width={720}
        title={
          opened.data
            ? `${sectorName(opened.data.sectorCode)} · v${opened.data.version} · ${statusLabel(opened.data.status)}`
            : t('loading')
        }
        loading={opened.loading}
        extra={
          opened.data?.status === 'draft' && (
            <Button type="primary" loading={busy} onClick={() => publish(opened.data!.id)}>
              {t('publish')}
            </Button>
          )
        }
      >
        <RequestError error={opened.error} onRetry={opened.reload} />
        <RequestError error={actionError} />
        {opened.data && (
          <Space direction="vertical" style={{ width: '100%' }}>
            {opened.data.status === 'draft' && (
              <DefinitionEditor
                definition={opened.data}
                publishError={refusedFields}
                onSaved={(saved) => {
                  // Stored, but not publishable: a warning with the count, never a green "saved".
                  if (saved.problems.length) toast.warning(t('draftHasProblems', { n: saved.problems.length }));
                  else toast.success(t('draftSaved'));
                  opened.reload();
                  definitions.reload();
                }}
              />
            )}
            {opened.data.status === 'draft' &&
              (problems.length || refusedFields.length ? (
                <Card size="small" title={t('definitionProblems')}>
                  <List
                    size="small"
                    dataSource={[...refusedFields, ...problems]}
                    renderItem={(e) => (
                      <List.Item>
                        <Typography.Text strong>
                          {describeDefinitionPath(e.field, opened.data?.body, { t, pick })}
                        </Typography.Text>
                        ：{withoutJsonPaths(pick(e.messageZhCN, e.messageEn))}
                      </List.Item>
                    )}
                  />
                </Card>
              ) : (
                <Alert type="success" showIcon message={t('noProblems')} />
              ))}
            {/* The raw body, for an expert, folded: the form and the problems above say it in words. */}
            <Collapse
              size="small"
              destroyInactivePanel
              items={[
                {
                  key: 'body',
                  label: t('definitionBody'),
                  children: (
                    <pre style={{ maxHeight: '60vh', overflow: 'auto', fontSize: 12 }} data-scan-ignore>
                      {JSON.stringify(opened.data.body, null, 2)}
                    </pre>
                  ),
                },
              ]}
            />
          </Space>
        )}
      </Drawer>
    </Space>
  );
}
