import { dropDatabase } from '../../scripts/devkit/postgres.mjs';

export default async function globalTeardown() {
  const services = globalThis.__cxzyTestServices;
  if (!services) return;
  await services.server.stop();
  await dropDatabase(services.templateUrl);
}
