import { DomainError } from '../domain.error.js';

/** 领域 — sectors are data: the eight of SPEC §2 are seeded, an administrator can add more. */
export interface Sector {
  readonly code: string;
  readonly nameZhCN: string;
  readonly nameEn: string;
  /** Seeded with the system (the eight of the documents); others were added by an administrator. */
  readonly builtin: boolean;
}

/** The codes of the seeded sectors, for code that needs to name one (demo data, tests). */
export const BUILTIN_SECTOR_CODES = {
  village: 'village',
  urbanCommunity: 'urban-community',
  agency: 'agency',
  soeFinance: 'soe-finance',
  nonPublicEnterprise: 'non-public-enterprise',
  socialOrganisation: 'social-organisation',
  university: 'university',
  windowService: 'window-service',
} as const;

export const SECTOR_CODE_PATTERN = /^[a-z][a-z0-9-]{1,39}$/;

/** Checks and normalises a sector an administrator adds (the code is its permanent key). */
export function newSector(input: { code: string; nameZhCN: string; nameEn: string }): Sector {
  const code = input.code.trim();
  if (!SECTOR_CODE_PATTERN.test(code)) {
    throw new DomainError(
      'SECTOR_CODE_INVALID',
      'invalid',
      {
        zhCN: '领域编码只能由小写字母、数字和连字符组成，以字母开头，2–40 个字符',
        en: 'a sector code is 2–40 lower-case letters, digits or hyphens, starting with a letter',
      },
      'code',
    );
  }
  const nameZhCN = input.nameZhCN.trim();
  const nameEn = input.nameEn.trim();
  for (const [field, value] of [
    ['nameZhCN', nameZhCN],
    ['nameEn', nameEn],
  ] as const) {
    if (value === '') {
      throw new DomainError(
        'SECTOR_NAME_BLANK',
        'invalid',
        { zhCN: '领域名称不能为空', en: `${field} must not be blank` },
        field,
      );
    }
  }
  return { code, nameZhCN, nameEn, builtin: false };
}

export const sectorAlreadyExists = (code: string): DomainError =>
  new DomainError(
    'SECTOR_EXISTS',
    'conflict',
    { zhCN: `领域编码 ${code} 已存在`, en: `sector ${code} already exists` },
    'code',
  );
