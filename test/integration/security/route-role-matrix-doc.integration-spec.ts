import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { MATRIX_BEGIN, securityDocWithMatrix } from './route-role-matrix.doc.js';

describe('docs/security.md shows the route × role matrix the test declares', () => {
  it('holds the table generated from route-role-matrix.ts (regenerate with npm run security:matrix)', async () => {
    const path = fileURLToPath(new URL('../../../docs/security.md', import.meta.url));
    const document = await readFile(path, 'utf8');
    expect(document).toContain(MATRIX_BEGIN);
    expect(document).toBe(await securityDocWithMatrix(path, document));
  });
});
