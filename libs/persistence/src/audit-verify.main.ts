// `npm run audit:verify`: recomputes the whole audit chain; exits 1 and names the first broken link.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadAppConfig } from '@cxzy/config';
import { AuditRecordRepository } from './audit/audit-record.repository.js';
import { dataSourceOptions } from './data-source-options.js';

const dataSource = new DataSource(dataSourceOptions(loadAppConfig().DATABASE_URL));
await dataSource.initialize();
try {
  const { checked, firstBroken } = await new AuditRecordRepository(dataSource).verify();
  if (firstBroken) {
    console.error(
      `[audit] 审计链断裂 / chain broken at seq ${firstBroken.seq} (${firstBroken.problem}); ${checked} records before it are intact`,
    );
    process.exitCode = 1;
  } else {
    console.log(`[audit] 审计链完整 / chain intact: ${checked} records`);
  }
} finally {
  await dataSource.destroy();
}
