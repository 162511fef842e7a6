// `npm run admin:create -- --username <name> --unit <grading unit code> [--unit-name <name>] [--display-name <name>]
//   [--role administrator|security-administrator|audit-administrator]`
// A first administrator of a grading unit on a new deployment (docs/security.md, "Bootstrap"): its
// system administrator (the default) or — 三员分立, ADR 0023 — its security administrator, who then
// saves the other users, or its audit administrator; one person each. The
// password comes from CXZY_ADMIN_PASSWORD, else from standard input (first line; typed without echo
// on a terminal) — never from the command line, where `ps` and the shell history would keep it.
import 'reflect-metadata';
import { userInfo } from 'node:os';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfigModule, loadAppConfig } from '@cxzy/config';
import { ApplicationModule, CreateFirstAdministratorUseCase } from '@cxzy/application';
import { ADMINISTRATOR_DUTIES, isDomainError, type AdministratorDuty } from '@cxzy/domain';

const USAGE =
  'usage: npm run admin:create -- --username <name> --unit <grading unit code> [--unit-name <name>] [--display-name <name>] ' +
  `[--role ${ADMINISTRATOR_DUTIES.join('|')}]`;

async function readPassword(): Promise<string> {
  const fromEnv = process.env['CXZY_ADMIN_PASSWORD'];
  if (fromEnv) return fromEnv;
  const terminal = process.stdin.isTTY === true;
  const lines = createInterface({ input: process.stdin, output: process.stdout, terminal });
  if (terminal) {
    process.stdout.write('密码 / password: ');
    // Echo nothing of what is typed.
    (lines as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => undefined;
  }
  try {
    for await (const line of lines) return line;
    return '';
  } finally {
    lines.close();
    if (terminal) process.stdout.write('\n');
  }
}

let parsed: ReturnType<typeof parseArgs<{ options: Record<string, { type: 'string' }> }>>['values'];
try {
  parsed = parseArgs({
    options: {
      username: { type: 'string' },
      unit: { type: 'string' },
      'unit-name': { type: 'string' },
      'display-name': { type: 'string' },
      role: { type: 'string' },
    },
    strict: true,
  }).values;
} catch (error) {
  console.error(`[admin:create] ${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
const { username, unit, role = 'administrator' } = parsed as { username?: string; unit?: string; role?: string };
if (!username || !unit || !(ADMINISTRATOR_DUTIES as readonly string[]).includes(role)) {
  console.error(USAGE);
  process.exit(2);
}
const password = await readPassword();

@Module({ imports: [AppConfigModule.forRoot(loadAppConfig()), ApplicationModule] })
class AdminCreateModule {}

const app = await NestFactory.createApplicationContext(AdminCreateModule, { logger: ['error'] });
try {
  const created = await app.get(CreateFirstAdministratorUseCase).execute({
    username,
    displayName: parsed['display-name'] ?? username,
    role: role as AdministratorDuty,
    unitCode: unit,
    ...(parsed['unit-name'] ? { unitName: parsed['unit-name'] } : {}),
    password,
    operator: userInfo().username,
  });
  console.log(
    `[admin:create] 已创建管理员 / administrator created: ${username} (${role}) at ${unit}` +
      (created.unitCreated ? ' (组织实施单位已创建 / grading unit created)' : ''),
  );
} catch (error) {
  if (!isDomainError(error)) throw error;
  console.error(`[admin:create] ${error.text.zhCN} / ${error.text.en}`);
  process.exitCode = 1;
} finally {
  await app.close();
}
