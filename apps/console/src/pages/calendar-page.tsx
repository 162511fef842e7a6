import { Alert, Button, Card, InputNumber, Space, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { RequestError } from '../components/request-error';
import { useRequest } from '../components/use-request';
import { useI18n } from '../i18n/i18n';

type CalendarYear = Schemas['CalendarYearResponse'];
interface DayRow {
  readonly date: string;
  readonly nameZhCN: string;
  readonly kind: 'holiday' | 'make-up-workday';
}

const daysOf = (year: CalendarYear): DayRow[] =>
  [
    ...year.holidays.map((d) => ({ ...d, kind: 'holiday' as const })),
    ...year.makeUpWorkdays.map((d) => ({ ...d, kind: 'make-up-workday' as const })),
  ].sort((a, b) => a.date.localeCompare(b.date));

/** 调休日历: a year's holidays and 调休 days, the warning when it has none, import and export. */
export function CalendarPage() {
  const { t, pick } = useI18n();
  const [year, setYear] = useState(() => new Date().getFullYear() + 1);
  const calendar = useRequest(
    async () => unwrap(await api.GET('/calendar/{year}', { params: { path: { year: year } } })),
    [year],
  );
  const [importing, setImporting] = useState(false);
  const [imported, setImported] = useState<CalendarYear>();
  const [importError, setImportError] = useState<unknown>();

  const importFile = async (file: File) => {
    setImporting(true);
    setImported(undefined);
    setImportError(undefined);
    const form = new FormData();
    form.append('file', file, file.name);
    try {
      const result = await api.POST('/calendar/{year}/import', {
        params: { path: { year: year } },
        body: form as unknown as { file: string },
        bodySerializer: (body) => body as unknown as FormData,
      });
      setImported(unwrap(result));
      calendar.reload();
    } catch (error) {
      setImportError(error);
    } finally {
      setImporting(false);
    }
  };

  // 导出: the API writes the .ics with the token; the browser saves it (edit it and import it again).
  const exportIcs = async () => {
    const result = await api.GET('/calendar/{year}/ics', { params: { path: { year } }, parseAs: 'blob' });
    const url = URL.createObjectURL(unwrap(result) as unknown as Blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `calendar-${year}.ics`;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  const data = calendar.data;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('navCalendar')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('calendarHint')}</Typography.Paragraph>
      <Card>
        <Space wrap>
          <span>{t('calendarYear')}</span>
          <InputNumber
            aria-label={t('calendarYear')}
            min={1900}
            max={2999}
            value={year}
            onChange={(value) => value && setYear(value)}
          />
          <Upload
            accept=".ics,.xlsx,.csv"
            showUploadList={false}
            beforeUpload={(file) => {
              void importFile(file);
              return false;
            }}
          >
            <Button type="primary" loading={importing}>
              {t('calendarImport')}
            </Button>
          </Upload>
          <Button onClick={() => void exportIcs()} disabled={!data?.configured}>
            {t('calendarExport')}
          </Button>
        </Space>
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          {t('calendarImportHelp')}
        </Typography.Paragraph>
      </Card>
      {imported && (
        <Alert
          type="success"
          showIcon
          role="status"
          message={t('calendarImported', {
            year: imported.year,
            holidays: imported.holidays.length,
            workdays: imported.makeUpWorkdays.length,
          })}
        />
      )}
      <RequestError error={importError} />
      {data?.warnings.map((w) => (
        <Alert
          key={`${w.code}-${w.year}`}
          type="warning"
          showIcon
          role="alert"
          message={pick(w.text.zhCN, w.text.en)}
        />
      ))}
      <Card title={data ? t('calendarSummary', { n: data.workingDays }) : undefined}>
        <RequestError error={calendar.error} onRetry={calendar.reload} />
        <Table<DayRow>
          size="small"
          rowKey="date"
          loading={calendar.loading}
          dataSource={data ? daysOf(data) : []}
          pagination={false}
          locale={{ emptyText: t('calendarEmpty') }}
          columns={[
            { title: t('calendarDate'), dataIndex: 'date', width: 140 },
            {
              title: t('calendarKind'),
              width: 120,
              render: (_, d) =>
                d.kind === 'holiday' ? (
                  <Tag color="red">{t('calendarHoliday')}</Tag>
                ) : (
                  <Tag color="blue">{t('calendarWorkday')}</Tag>
                ),
            },
            { title: t('calendarName'), dataIndex: 'nameZhCN' },
          ]}
        />
      </Card>
    </Space>
  );
}
