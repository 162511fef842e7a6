import { Button, Card, Empty, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { RequestError } from '../components/request-error';
import { useRequest } from '../components/use-request';
import { useI18n } from '../i18n/i18n';
import { describeDefinitionPath } from './definition-fields';

type Summary = Schemas['PipelineDefinitionSummaryResponse'];
type Change = Schemas['DefinitionChangeResponse'];

/** 比较版本: two versions of a sector's definition, each changed setting by its name, before and after. */
export function DefinitionCompare({
  versions,
  statusLabel,
}: {
  versions: readonly Summary[];
  statusLabel: (status: string) => string;
}) {
  const { t, pick } = useI18n();
  const [compareIds, setCompareIds] = useState<{ from?: string; to?: string }>({});
  const [comparing, setComparing] = useState<{ from: string; to: string } | null>(null);
  const comparison = useRequest(
    async () =>
      comparing
        ? {
            ...unwrap(await api.GET('/pipeline-definitions/compare', { params: { query: comparing } })),
            // The newer body names the steps and indicators a changed path lies in.
            body: unwrap(await api.GET('/pipeline-definitions/{id}', { params: { path: { id: comparing.to } } })).body,
          }
        : null,
    [comparing?.from, comparing?.to],
  );
  return (
    <Card title={t('compare')}>
      <Space wrap>
        {(['from', 'to'] as const).map((end) => (
          <Select
            key={end}
            aria-label={t(end === 'from' ? 'compareFrom' : 'compareTo')}
            placeholder={t(end === 'from' ? 'compareFrom' : 'compareTo')}
            showSearch
            optionFilterProp="label"
            style={{ width: 200 }}
            value={compareIds[end]}
            onChange={(id: string) => setCompareIds((c) => ({ ...c, [end]: id }))}
            options={versions.map((d) => ({
              value: d.id,
              label: `v${d.version} · ${statusLabel(d.status)}`,
            }))}
          />
        ))}
        <Button
          disabled={!compareIds.from || !compareIds.to}
          loading={comparison.loading && comparing !== null}
          onClick={() => setComparing({ from: compareIds.from!, to: compareIds.to! })}
        >
          {t('compareRun')}
        </Button>
      </Space>
      <RequestError error={comparison.error} onRetry={comparison.reload} />
      {comparison.data && (
        <Table<Change>
          style={{ marginTop: 16 }}
          rowKey="path"
          size="small"
          pagination={false}
          aria-label={t('compare')}
          dataSource={comparison.data.changes}
          locale={{ emptyText: <Empty description={t('noChanges')} /> }}
          title={() => `v${(comparison.data!.from as Summary).version} → v${(comparison.data!.to as Summary).version}`}
          columns={[
            {
              title: t('field'),
              dataIndex: 'path',
              render: (p: string) => describeDefinitionPath(p, comparison.data?.body, { t, pick }),
            },
            {
              title: t('change'),
              dataIndex: 'change',
              render: (c: string) => (
                <Tag color={c === 'added' ? 'green' : c === 'removed' ? 'red' : 'blue'}>
                  {t(c === 'added' ? 'added' : c === 'removed' ? 'removed' : 'changed')}
                </Tag>
              ),
            },
            { title: t('before'), dataIndex: 'before', render: (v: unknown) => <DiffValue value={v} /> },
            { title: t('after'), dataIndex: 'after', render: (v: unknown) => <DiffValue value={v} /> },
          ]}
        />
      )}
    </Card>
  );
}

/** One side of a change: a number or text as it is, anything else as compact JSON. */
function DiffValue({ value }: { value: unknown }) {
  if (value === undefined) return <Typography.Text type="secondary">—</Typography.Text>;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return <span>{String(value)}</span>;
  return (
    <pre style={{ margin: 0, fontSize: 12, maxWidth: 360, whiteSpace: 'pre-wrap' }}>
      {JSON.stringify(value, null, 1)}
    </pre>
  );
}
