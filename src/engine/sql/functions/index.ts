/**
 * Trino's function library (https://trino.io/docs/current/functions.html) as SQLite functions
 * for sql.js. The Athena→SQLite translator (`../dialect`) calls them as `trino_<name>`;
 * `trino_try_<name>` returns NULL instead of failing, for try(). current_date/now() read
 * `lakelab_now()`, which the runtime registers per query with the simulated time.
 */
import { registerAggregates, registerScalars, type FunctionHost } from './register';
import { DATETIME_FUNCTIONS } from './datetimeFns';
import { CAST_FUNCTIONS } from './casts';
import { STRING_FUNCTIONS } from './strings';
import { REGEXP_FUNCTIONS } from './regexp';
import { JSON_FUNCTIONS } from './json';
import { ARRAY_FUNCTIONS } from './arrays';
import { mathFunctions, seededRandom } from './math';
import { AGGREGATES } from './aggregates';

export type { FunctionHost } from './register';

export interface TrinoFunctionOptions {
  /** Seed of random()/rand(): the same seed gives the same sequence (default 1). */
  seed?: number;
}

export function registerTrinoFunctions(db: FunctionHost, options: TrinoFunctionOptions = {}): void {
  registerScalars(db, {
    ...DATETIME_FUNCTIONS,
    ...CAST_FUNCTIONS,
    ...STRING_FUNCTIONS,
    ...REGEXP_FUNCTIONS,
    ...JSON_FUNCTIONS,
    ...ARRAY_FUNCTIONS,
    ...mathFunctions(seededRandom(options.seed ?? 1)),
  });
  registerAggregates(db, AGGREGATES);
}
