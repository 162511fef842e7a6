// Writes the route × role matrix (test/integration/security/route-role-matrix.ts) into
// docs/security.md between its markers: npm run security:matrix. A test fails when they differ.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { securityDocWithMatrix } from '../test/integration/security/route-role-matrix.doc.js';

const path = fileURLToPath(new URL('../docs/security.md', import.meta.url));
await writeFile(path, await securityDocWithMatrix(path, await readFile(path, 'utf8')));
console.log('[security] wrote the route × role matrix into docs/security.md');
