import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from './app-config.schema.js';
import { loadAppConfig } from './load-app-config.js';

/** Injection token of the validated configuration. */
export const APP_CONFIG = Symbol('APP_CONFIG');

@Global()
@Module({})
export class AppConfigModule {
  /** Validates the environment at start (fail fast), or takes a ready config (tests). */
  static forRoot(config: AppConfig = loadAppConfig()): DynamicModule {
    return { module: AppConfigModule, providers: [{ provide: APP_CONFIG, useValue: config }], exports: [APP_CONFIG] };
  }
}
