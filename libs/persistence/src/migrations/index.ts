import { Foundation1764100000000 } from './1764100000000-foundation.js';
import { Organisations1764200000000 } from './1764200000000-organisations.js';

/** Every migration, in order. Committed migrations are never edited: add a new one. */
export const migrations = [Foundation1764100000000, Organisations1764200000000];
