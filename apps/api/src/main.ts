import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadAppConfig } from '@cxzy/config';
import { AppModule } from './app.module.js';
import { configureApp } from './configure-app.js';

// PROCESS_ROLE first, so one error lists every problem, the missing secrets included.
const config = loadAppConfig({ ...process.env, PROCESS_ROLE: 'api' });
const app = configureApp(await NestFactory.create(AppModule.forRoot(config), { bufferLogs: true }));
await app.listen(config.API_PORT, config.API_HOST);
