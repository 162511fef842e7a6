import { isDomainError } from '../domain.error.js';
import { newSector } from './sector.js';

describe('newSector — an administrator adds a sector', () => {
  it('trims and keeps the names', () => {
    expect(
      newSector({ code: ' rural-cooperative ', nameZhCN: ' 农民专业合作社 ', nameEn: 'rural cooperative' }),
    ).toEqual({
      code: 'rural-cooperative',
      nameZhCN: '农民专业合作社',
      nameEn: 'rural cooperative',
      builtin: false,
    });
  });

  it.each([
    ['Bad Code', '中文', 'en', 'code'],
    ['ok-code', '  ', 'en', 'nameZhCN'],
    ['ok-code', '中文', '', 'nameEn'],
  ])('refuses %j / %j / %j naming %s', (code, nameZhCN, nameEn, field) => {
    try {
      newSector({ code, nameZhCN, nameEn });
      throw new Error('expected a refusal');
    } catch (error) {
      expect(isDomainError(error) && error.field).toBe(field);
    }
  });
});
