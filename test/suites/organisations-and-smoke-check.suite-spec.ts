import { runSpecsOf } from '../support/area-suite.js';
import { SUITES } from './suites.js';

await runSpecsOf(SUITES['organisations-and-smoke-check']);
