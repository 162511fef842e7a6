/** 新增领域: an administrator adds a sector; its code is its permanent key. */
export interface CreateSectorCommand {
  readonly code: string;
  readonly nameZhCN: string;
  readonly nameEn: string;
}
