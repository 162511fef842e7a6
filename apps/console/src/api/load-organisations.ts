import { api, unwrap, type Schemas } from './client';

const PAGE_SIZE = 200;

/** Every organisation matching the filters, all pages (a county has a few hundred). */
export async function loadOrganisations(filters: {
  q?: string;
  sector?: string;
  managementMode?: 1 | 2 | 3;
}): Promise<Schemas['OrganisationDto'][]> {
  const items: Schemas['OrganisationDto'][] = [];
  for (let page = 1; ; page++) {
    const result = unwrap(
      await api.GET('/organisations', { params: { query: { ...filters, page, pageSize: PAGE_SIZE } } }),
    );
    items.push(...result.items);
    if (items.length >= result.total || result.items.length === 0) return items;
  }
}
