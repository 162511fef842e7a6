export { ApplicationModule } from './application.module.js';
export type { StartSmokeCheckCommand } from './smoke-check/start-smoke-check.command.js';
export { StartSmokeCheckUseCase } from './smoke-check/start-smoke-check.use-case.js';
export { GetSmokeCheckUseCase, type SmokeCheckView } from './smoke-check/get-smoke-check.use-case.js';
export { RecordSmokeCheckUseCase } from './smoke-check/record-smoke-check.use-case.js';
