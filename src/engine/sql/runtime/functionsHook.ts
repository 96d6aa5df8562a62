import { registerTrinoFunctions } from '../functions';
import type { SqlJsDatabase } from './sqlJs';

/** Registers the Trino function library on a new sandbox database (`lakelab_now` is set per query). */
export function registerFunctions(db: SqlJsDatabase): void {
  registerTrinoFunctions(db);
}
