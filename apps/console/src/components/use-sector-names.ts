import { api, unwrap } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { useRequest } from './use-request';

/**
 * A sector's name in the UI language (GET /sectors), never its code (`urban-community`): empty
 * while the sectors load or for a code the registry does not know.
 */
export function useSectorNames() {
  const { pick } = useI18n();
  const sectors = useRequest(async () => unwrap(await api.GET('/sectors')), []);
  const nameOf = (code: string | null | undefined) => {
    const found = sectors.data?.find((s) => s.code === code);
    return found ? pick(found.nameZhCN, found.nameEn) : '';
  };
  return { sectors, nameOf };
}
