import { describe, expect, it } from 'vitest';
import { jsFunctionNames } from '../dialect/functionCatalog';
import { registerTrinoFunctions, type FunctionHost } from './index';

function recordingHost(): FunctionHost & { names: Set<string> } {
  const names = new Set<string>();
  return {
    names,
    create_function: (name) => names.add(name),
    create_aggregate: (name) => names.add(name),
  };
}

describe('registerTrinoFunctions', () => {
  it('registers every trino_* function the translator may call', () => {
    const host = recordingHost();
    registerTrinoFunctions(host);
    const missing = jsFunctionNames().filter((n) => !host.names.has(n));
    expect(missing).toEqual([]);
  });
  it('registers the helpers the translator emits itself (cast, like, subscript, date_add, zip)', () => {
    const host = recordingHost();
    registerTrinoFunctions(host);
    for (const n of [
      'trino_cast',
      'trino_try_cast',
      'trino_like',
      'trino_subscript',
      'trino_try_subscript',
      'trino_date_add',
      'trino_zip',
      'trino_json_value',
      'trino_to_timestamp',
      'trino_date',
      'trino_fail',
      'trino_concat',
      'trino_concat_varchar',
      'trino_array_agg_json',
    ]) {
      expect(host.names.has(n), n).toBe(true);
    }
  });
  it('registers no sqlite_ or lakelab_ names (lakelab_now belongs to the runtime)', () => {
    const host = recordingHost();
    registerTrinoFunctions(host);
    expect([...host.names].filter((n) => !n.startsWith('trino_'))).toEqual([]);
  });
});
