import { Badge } from 'antd';
import { api, unwrap } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { useRouter } from '../router';
import { useRequest } from './use-request';

/** The menu entry of 我的待办 with the number of 待办 (GET /my-tasks counts), read again on every page change. */
export function TodoBadge({ label }: { label: string }) {
  const { t } = useI18n();
  const { path, search } = useRouter();
  const todo = useRequest(
    async () => unwrap(await api.GET('/my-tasks', { params: { query: { view: 'todo', limit: 1 } } })).counts.todo,
    [path, search.toString()],
  );
  const n = todo.data ?? 0;
  return (
    <Badge count={n} size="small" offset={[10, -2]} title={t('todoBadge', { n })}>
      <span style={{ color: 'inherit' }}>{label}</span>
    </Badge>
  );
}
