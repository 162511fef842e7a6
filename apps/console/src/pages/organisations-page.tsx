import { Alert, Button, Card, Empty, Input, Select, Space, Spin, Table, Tag, Tree, Typography, Upload } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useState } from 'react';
import { api, RequestFailed, unwrap, type Schemas } from '../api/client';
import { loadOrganisations } from '../api/load-organisations';
import { RequestError } from '../components/request-error';
import { useRequest } from '../components/use-request';
import { useSectorNames } from '../components/use-sector-names';
import { useI18n } from '../i18n/i18n';

type Organisation = Schemas['OrganisationDto'];
type ImportReport = Schemas['OrganisationImportReportDto'];
type RowError = Schemas['RowErrorBody'];

/** The territorial tree of what matched: an organisation whose parent did not match becomes a root. */
function toTree(
  organisations: Organisation[],
  modeLabel: (mode: number) => string,
  sectorName: (code: string) => string,
): DataNode[] {
  const byId = new Map(organisations.map((o) => [o.id, { organisation: o, children: [] as DataNode[] }]));
  const roots: DataNode[] = [];
  const nodes = new Map<string, DataNode>();
  for (const o of organisations) {
    nodes.set(o.id, {
      key: o.id,
      title: (
        <Space size={4} wrap>
          <span>{o.name}</span>
          <Typography.Text type="secondary">{o.code}</Typography.Text>
          <Tag>{sectorName(o.sectorCode)}</Tag>
          <Tag color="blue">{modeLabel(o.managementMode)}</Tag>
          {o.isGradingUnit && <Tag color="gold">★</Tag>}
        </Space>
      ),
      children: byId.get(o.id)!.children,
    });
  }
  for (const o of organisations) {
    const node = nodes.get(o.id)!;
    const parent = o.territorialParentId ? byId.get(o.territorialParentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** 组织架构: search, filter by sector and management mode, import a file (every refused row shown). */
export function OrganisationsPage() {
  const { t, pick } = useI18n();
  const [q, setQ] = useState('');
  const [sector, setSector] = useState<string | undefined>();
  const [mode, setMode] = useState<1 | 2 | 3 | undefined>();
  const { sectors, nameOf: sectorName } = useSectorNames();
  const organisations = useRequest(
    () => loadOrganisations({ q: q || undefined, sector, managementMode: mode }),
    [q, sector, mode],
  );
  const [importing, setImporting] = useState(false);
  const [importResult, setImportResult] = useState<{
    report?: ImportReport;
    rowErrors?: RowError[];
    error?: unknown;
  }>();

  const modeLabel = (m: number) => t(m === 1 ? 'mode1' : m === 2 ? 'mode2' : 'mode3');
  const tree = toTree(organisations.data ?? [], modeLabel, sectorName);

  const importFile = async (file: File) => {
    setImporting(true);
    setImportResult(undefined);
    const form = new FormData();
    form.append('file', file, file.name);
    try {
      const result = await api.POST('/organisations/import', {
        body: form as unknown as { file: string },
        bodySerializer: (body) => body as unknown as FormData,
      });
      const report = unwrap(result);
      setImportResult({ report });
      organisations.reload();
    } catch (error) {
      const rowErrors = error instanceof RequestFailed ? error.body?.rowErrors : undefined;
      setImportResult(rowErrors?.length ? { rowErrors } : { error });
    } finally {
      setImporting(false);
    }
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('navOrganisations')}</Typography.Title>
      <Card>
        <Space wrap>
          <Input.Search
            aria-label={t('search')}
            placeholder={t('search')}
            allowClear
            onSearch={(value) => setQ(value.trim())}
            style={{ width: 260 }}
          />
          <Select
            aria-label={t('sector')}
            showSearch
            optionFilterProp="label"
            placeholder={t('allSectors')}
            allowClear
            value={sector}
            onChange={setSector}
            loading={sectors.loading}
            style={{ width: 200 }}
            options={(sectors.data ?? []).map((s) => ({ value: s.code, label: pick(s.nameZhCN, s.nameEn) }))}
          />
          <Select
            aria-label={t('managementMode')}
            showSearch
            optionFilterProp="label"
            placeholder={t('allModes')}
            allowClear
            value={mode}
            onChange={setMode}
            style={{ width: 220 }}
            options={[1, 2, 3].map((m) => ({ value: m, label: modeLabel(m) }))}
          />
          <Upload
            accept=".csv,.xlsx"
            showUploadList={false}
            beforeUpload={(file) => {
              void importFile(file);
              return false;
            }}
          >
            <Button loading={importing}>{t('importFile')}</Button>
          </Upload>
        </Space>
      </Card>
      <RequestError error={sectors.error} onRetry={sectors.reload} />
      {importResult?.report && (
        <Alert
          type="success"
          showIcon
          role="status"
          message={t('importDone', {
            rows: importResult.report.rows,
            created: importResult.report.created,
            updated: importResult.report.updated,
            unchanged: importResult.report.unchanged,
          })}
        />
      )}
      <RequestError error={importResult?.error} />
      {importResult?.rowErrors && (
        <Card title={t('importRefused')} role="alert">
          <Table<RowError>
            size="small"
            rowKey={(e) => `${e.row}-${e.column}-${e.code}`}
            dataSource={importResult.rowErrors}
            pagination={false}
            columns={[
              { title: t('row'), dataIndex: 'row', width: 80 },
              { title: t('column'), dataIndex: 'column', width: 200 },
              { title: t('problem'), render: (_, e) => pick(e.messageZhCN, e.messageEn) },
            ]}
          />
        </Card>
      )}
      <Card title={organisations.data ? t('organisationCount', { n: organisations.data.length }) : undefined}>
        <RequestError error={organisations.error} onRetry={organisations.reload} />
        <Spin spinning={organisations.loading} tip={t('loading')}>
          {tree.length ? (
            <Tree treeData={tree} defaultExpandAll showLine selectable={false} aria-label={t('navOrganisations')} />
          ) : (
            !organisations.loading && <Empty description={t('noOrganisations')} />
          )}
        </Spin>
      </Card>
    </Space>
  );
}
