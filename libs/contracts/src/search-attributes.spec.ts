import { readFileSync } from 'node:fs';
import { searchAttributes } from './search-attributes.js';

const serverTypeOf: Record<string, string> = { KEYWORD: 'Keyword', INT: 'Int', TEXT: 'Text', BOOL: 'Bool' };

describe('search attributes', () => {
  it('are the ones the dev server registers at start', () => {
    const registered = JSON.parse(
      readFileSync(new URL('../../../scripts/devkit/search-attributes.json', import.meta.url), 'utf8'),
    ) as Record<string, string>;
    const declared = Object.fromEntries(
      Object.values(searchAttributes).map((key) => [key.name, serverTypeOf[key.type]]),
    );
    expect(declared).toEqual(registered);
  });
});
