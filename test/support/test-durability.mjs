// Test databases trade durability for speed: with synchronous_commit off a COMMIT returns before its
// WAL reaches the disk (a PostgreSQL crash may lose the last moments, never consistency). Set per
// database (ALTER DATABASE … SET), so only sessions opened afterwards on the tests' own databases
// see it: the machine's PostgreSQL and everyone else's databases keep their configuration.
import { withAdminClient } from '../../scripts/devkit/postgres.mjs';

/** The SQL for one database; CREATE DATABASE … TEMPLATE does not copy per-database settings. @param {string} name */
export const relaxDurabilitySql = (name) =>
  `ALTER DATABASE "${name.replaceAll('"', '""')}" SET synchronous_commit = off`;

/** @param {string} url a database on the test server */
export async function relaxDurability(url) {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  await withAdminClient(url, (client) => client.query(relaxDurabilitySql(name)));
}
