import type { HarnessTable } from './queryHarness';

/** Small tables the translation tests run against. */
export const SALES_TABLES: Record<string, HarnessTable> = {
  orders: {
    columns: [
      { name: 'order_id', type: 'bigint' },
      { name: 'customer', type: 'string' },
      { name: 'amount', type: 'double' },
      { name: 'qty', type: 'int' },
      { name: 'order_date', type: 'date' },
      { name: 'ts', type: 'timestamp' },
      { name: 'tags', type: 'array<string>' },
      { name: 'paid', type: 'boolean' },
    ],
    rows: [
      [1, 'alice', 10.5, 2, '2025-01-05', '2025-01-05 09:30:00.000', '["a","b"]', 1],
      [2, 'bob', 20, 1, '2025-01-06', '2025-01-06 10:00:00.000', '["b"]', 0],
      [3, 'alice', 5.25, 4, '2025-01-06', '2025-01-06 23:59:59.999', '[]', 1],
      [4, 'carol', null, 3, '2025-02-01', '2025-02-01 00:00:00.000', null, null],
    ],
  },
  customers: {
    columns: [
      { name: 'customer', type: 'string' },
      { name: 'country', type: 'string' },
      { name: 'profile', type: 'struct<tier:string,score:int>' },
    ],
    rows: [
      ['alice', 'FR', '{"tier":"gold","score":9}'],
      ['bob', 'US', '{"tier":"silver","score":5}'],
      ['dave', 'US', null],
    ],
  },
};
