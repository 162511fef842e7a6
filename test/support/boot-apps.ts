import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import type { AppConfig } from '@cxzy/config';
import { AppModule, configureApp } from '@cxzy/api';
import { WorkerModule } from '@cxzy/worker';

/** The real API application, configured as main.ts does, listening on no port (supertest drives it). */
export async function bootApi(config: AppConfig): Promise<INestApplication> {
  const app = configureApp(
    await NestFactory.create(AppModule.forRoot(config), { logger: false, bufferLogs: true, abortOnError: false }),
  );
  await app.init();
  return app;
}

/** The real worker application context: activities as providers, a Worker polling `config`'s queue. */
export async function bootWorker(config: AppConfig): Promise<INestApplicationContext> {
  const worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    bufferLogs: true,
    abortOnError: false,
  });
  worker.useLogger(worker.get(Logger));
  await worker.init();
  return worker;
}
