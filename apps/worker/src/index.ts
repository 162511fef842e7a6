export { WorkerModule } from './worker.module.js';
export { TemporalWorkerService } from './temporal-worker.service.js';
export { workflowBundlerOptions, workflowsPath } from './workflow-bundle.options.js';
export { installTemporalRuntime } from './temporal-runtime.js';
