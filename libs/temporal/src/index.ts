export { TemporalClientModule, TemporalClientProvider } from './temporal-client.module.js';
