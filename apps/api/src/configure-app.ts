import { ValidationPipe, type INestApplication } from '@nestjs/common';
import type { NestExpressApplication, NestExpressBodyParserOptionsFor } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { APP_CONFIG, apiDocsEnabled, type AppConfig } from '@cxzy/config';
import { serveConsole } from './console/serve-console.js';
import { AuditTrail } from '@cxzy/application';
import { ApiErrorFilter } from './errors/api-error.filter.js';
import { RefusalAudit } from './errors/refusal-audit.js';
import { RequestValidationError } from './errors/request-validation.error.js';
import { PrototypeKeysPipe } from './errors/prototype-keys.pipe.js';
import { TextSafetyPipe } from './errors/text-safety.pipe.js';
import { jsonBodyOptions } from './http/json-body.js';
import { requestIdMiddleware } from './http/request-id.js';

/** Everything main.ts and the tests both apply, so tests exercise the app as it runs. */
export function configureApp(app: INestApplication): INestApplication {
  app.useLogger(app.get(Logger));
  app.use(requestIdMiddleware);
  // Security headers (CSP, HSTS, no-sniff, frame denial); hide the framework.
  app.use(helmet());
  (app.getHttpAdapter().getInstance() as { disable(setting: string): void }).disable('x-powered-by');
  // Replaces Nest's default JSON parser (same 100 kB limit) with one that refuses deep nesting
  // before parsing. Nest's types reserve `verify` for `rawBody: true`, which this app does not use.
  (app as NestExpressApplication).useBodyParser('json', jsonBodyOptions as NestExpressBodyParserOptionsFor<'json'>);
  app.useGlobalPipes(
    new PrototypeKeysPipe(),
    new TextSafetyPipe(),
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: (errors) => new RequestValidationError(errors),
    }),
  );
  app.useGlobalFilters(new ApiErrorFilter(new RefusalAudit(app.get(AuditTrail))));
  app.enableShutdownHooks();
  const document = () =>
    SwaggerModule.createDocument(
      app,
      new DocumentBuilder()
        .setTitle('创先争优长效机制 API')
        .setDescription('Configurable approval pipelines for the 创先争优 long-term mechanism, on Temporal.')
        .setVersion('0.1.0')
        // Every operation needs a bearer access token except those marked public (docs/security.md).
        .addBearerAuth()
        .addSecurityRequirements('bearer')
        .build(),
    );
  const config = app.get<AppConfig>(APP_CONFIG);
  // Not in production unless asked (API_DOCS_ENABLED): the description maps every route for an attacker.
  if (apiDocsEnabled(config)) SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'openapi.json' });
  serveConsole(app, config.CONSOLE_DIR);
  return app;
}
