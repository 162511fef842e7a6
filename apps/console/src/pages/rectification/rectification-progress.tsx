import { Button, Card, Checkbox, Form, Input, List, Space, Tag, Typography } from 'antd';
import { api, unwrap } from '../../api/client';
import { RequestError } from '../../components/request-error';
import { useCommand } from '../../components/use-command';
import { formatDateTime } from '../../i18n/format-date';
import { useI18n } from '../../i18n/i18n';
import { TransitionDone, type BranchPath, type RectificationView } from './rectification-common';

/** The progress reports of the rectification; the secretary reports (or declares it complete) while in progress. */
export function RectificationProgress({
  path,
  reports,
  canReport,
  onAnswer,
}: {
  path: BranchPath;
  reports: RectificationView['progressReports'];
  canReport: boolean;
  onAnswer: () => void;
}) {
  const { t, language } = useI18n();
  const report = useCommand(async (idempotencyKey: string, summary: string, complete: boolean) =>
    unwrap(
      await api.POST('/grading-rounds/{roundId}/branches/{orgId}/rectification-progress', {
        params: { path },
        body: { idempotencyKey, summary, complete },
      }),
    ),
  );
  return (
    <Card title={t('progressReports')}>
      <List
        size="small"
        dataSource={reports}
        locale={{ emptyText: t('noReports') }}
        renderItem={(r) => (
          <List.Item>
            <Space wrap>
              <Typography.Text type="secondary">{formatDateTime(r.at, language)}</Typography.Text>
              <span>{r.summary}</span>
              {r.complete && <Tag color="green">{t('complete')}</Tag>}
            </Space>
          </List.Item>
        )}
      />
      {canReport && (
        <>
          <RequestError error={report.error} />
          <Form<{ summary: string; complete?: boolean }>
            layout="vertical"
            aria-label={t('submitReport')}
            onFinish={async (v) => (await report.run(v.summary, v.complete === true)) && onAnswer()}
            style={{ maxWidth: 640, marginTop: 16 }}
          >
            <Form.Item
              label={t('reportSummary')}
              name="summary"
              rules={[{ required: true, whitespace: true, message: t('required') }]}
            >
              <Input.TextArea rows={3} maxLength={4000} />
            </Form.Item>
            <Form.Item name="complete" valuePropName="checked">
              <Checkbox>{t('declareComplete')}</Checkbox>
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={report.running}>
              {t('submitReport')}
            </Button>
          </Form>
        </>
      )}
      <TransitionDone result={report.result} />
    </Card>
  );
}
