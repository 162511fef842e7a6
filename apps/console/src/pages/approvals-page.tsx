import { Alert, Button, Card, Form, Input, Modal, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { RequestError } from '../components/request-error';
import { useCommand } from '../components/use-command';
import { useRequest } from '../components/use-request';
import { useI18n } from '../i18n/i18n';
import { STATUS_LABELS } from '../i18n/states';

type ListName = 'todo' | 'done' | 'copied';
type ApprovalListRow = Schemas['ApprovalListItemDto'];

/**
 * 审批: the caller's 待办 / 已办 / 抄送我 (the API takes the user from the token); 同意 one task,
 * 不同意 with a reason, or 同意 several at once (each task is decided and answered on its own).
 */
export function ApprovalsPage() {
  const { t, pick, language } = useI18n();
  const statusLabel = (s: string) => STATUS_LABELS[s]?.[language === 'en' ? 'en' : 'zh'] ?? s;
  const [list, setList] = useState<ListName>('todo');
  const [selected, setSelected] = useState<string[]>([]);
  const [rejecting, setRejecting] = useState<ApprovalListRow | null>(null);
  const [filter, setFilter] = useState('');
  const tasks = useRequest(async () => {
    setSelected([]);
    return unwrap(await api.GET('/approval-tasks', { params: { query: { list, pageSize: 200 } } }));
  }, [list]);

  const approve = useCommand(async (idempotencyKey: string, taskId: string) => {
    const result = unwrap(
      await api.POST('/approval-tasks/{taskId}/approve', { params: { path: { taskId } }, body: { idempotencyKey } }),
    );
    tasks.reload();
    return result;
  });
  const reject = useCommand(async (idempotencyKey: string, taskId: string, reason: string) => {
    const result = unwrap(
      await api.POST('/approval-tasks/{taskId}/reject', {
        params: { path: { taskId } },
        body: { idempotencyKey, comment: { text: reason.trim() } },
      }),
    );
    setRejecting(null);
    tasks.reload();
    return result;
  });
  const bulk = useCommand(async (idempotencyKey: string, taskIds: string[]) => {
    const result = unwrap(
      await api.POST('/approval-tasks/bulk', { body: { idempotencyKey, action: 'approve', taskIds } }),
    );
    tasks.reload();
    return result;
  });

  const rows = (tasks.data?.items ?? []).filter((r) => !filter || r.title.includes(filter));
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('navApprovals')}</Typography.Title>
      <Space wrap>
        <Segmented<ListName>
          aria-label={t('approvalList')}
          value={list}
          onChange={setList}
          options={[
            { value: 'todo', label: t('todo') },
            { value: 'done', label: t('done') },
            { value: 'copied', label: t('copied') },
          ]}
        />
        <Input.Search aria-label={t('filterTitle')} placeholder={t('filterTitle')} allowClear onSearch={setFilter} />
        {list === 'todo' && (
          <Button type="primary" disabled={!selected.length} loading={bulk.running} onClick={() => bulk.run(selected)}>
            {t('bulkApprove', { n: selected.length })}
          </Button>
        )}
      </Space>
      <RequestError error={tasks.error} onRetry={tasks.reload} />
      <RequestError error={approve.error} />
      <RequestError error={bulk.error} />
      {bulk.result && (
        <Alert
          role="status"
          showIcon
          type={bulk.result.failed ? 'warning' : 'success'}
          message={t('bulkResult', { ok: bulk.result.succeeded, failed: bulk.result.failed })}
          description={
            bulk.result.failed ? (
              <ul style={{ margin: 0, paddingLeft: 20 }}>
                {bulk.result.results
                  .filter((r) => !r.ok)
                  .map((r) => (
                    <li key={r.taskId}>
                      {r.taskId}: {r.error?.message ? pick(r.error.message.zhCN, r.error.message.en) : r.error?.code}
                    </li>
                  ))}
              </ul>
            ) : undefined
          }
        />
      )}
      <Card>
        <Table<ApprovalListRow>
          rowKey={(r) => r.taskId ?? r.processId}
          loading={tasks.loading}
          dataSource={rows}
          rowSelection={
            list === 'todo'
              ? {
                  selectedRowKeys: selected,
                  onChange: (keys) => setSelected(keys.map(String)),
                  getCheckboxProps: (r) => ({ disabled: !r.actionable, 'aria-label': r.title }),
                }
              : undefined
          }
          columns={[
            { title: t('approvalTitle'), dataIndex: 'title', key: 'title' },
            { title: t('step'), dataIndex: 'stepKey', key: 'step' },
            {
              title: t('status'),
              key: 'status',
              render: (_, r) => (
                <Space>
                  <Tag>{statusLabel(r.status)}</Tag>
                  {r.deputyFor && <Tag color="purple">{t('deputyFor', { who: r.deputyFor })}</Tag>}
                </Space>
              ),
            },
            ...(list === 'todo'
              ? [
                  {
                    title: t('actions'),
                    key: 'actions',
                    render: (_: unknown, r: ApprovalListRow) =>
                      r.taskId && r.actionable ? (
                        <Space>
                          <Button
                            size="small"
                            type="primary"
                            onClick={() => approve.run(r.taskId!)}
                            loading={approve.running}
                          >
                            {t('approve')}
                          </Button>
                          <Button size="small" danger onClick={() => setRejecting(r)}>
                            {t('reject')}
                          </Button>
                        </Space>
                      ) : null,
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <Modal
        open={!!rejecting}
        title={`${t('reject')} · ${rejecting?.title ?? ''}`}
        onCancel={() => setRejecting(null)}
        footer={null}
        destroyOnClose
      >
        <RequestError error={reject.error} />
        <Form<{ reason: string }>
          layout="vertical"
          aria-label={t('reject')}
          onFinish={(values) => rejecting?.taskId && reject.run(rejecting.taskId, values.reason)}
        >
          <Form.Item
            label={t('reason')}
            name="reason"
            rules={[{ required: true, whitespace: true, message: t('required') }]}
          >
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
          <Button danger htmlType="submit" loading={reject.running}>
            {t('reject')}
          </Button>
        </Form>
      </Modal>
    </Space>
  );
}
