import { describe, expect, it } from 'vitest';
import { parseStatement } from '../../sql/dialect/parseQuery';
import { partitionPredicates } from './pruning';

const orders = { database: 'shop', table: 'orders', partitionKeys: ['year', 'month'] };

function predicateFor(sql: string) {
  return partitionPredicates(parseStatement(sql), [orders], 'shop').get('shop.orders');
}

const partitions = [
  { year: '2024', month: '12' },
  { year: '2025', month: '01' },
  { year: '2025', month: '02' },
  { year: '2025', month: '03' },
];
const kept = async (sql: string) => {
  const predicate = predicateFor(sql);
  return partitions.filter((p) => !predicate || predicate(p)).map((p) => `${p.year}-${p.month}`);
};

describe('partition pruning from the WHERE clause (athena/latest/ug/partitions.html)', () => {
  it('keeps only the partitions an equality on a partition key selects', async () => {
    expect(await kept("SELECT * FROM orders WHERE year = '2025' AND month = '02'")).toEqual([
      '2025-02',
    ]);
  });

  it('understands IN, BETWEEN, ranges and OR between partition tests', async () => {
    expect(await kept("SELECT * FROM shop.orders WHERE month IN ('01', '03')")).toEqual([
      '2025-01',
      '2025-03',
    ]);
    expect(await kept("SELECT * FROM orders WHERE month BETWEEN '02' AND '03'")).toEqual([
      '2025-02',
      '2025-03',
    ]);
    expect(await kept('SELECT * FROM orders WHERE year > 2024')).toEqual([
      '2025-01',
      '2025-02',
      '2025-03',
    ]);
    expect(await kept("SELECT * FROM orders WHERE year = '2024' OR month = '03'")).toEqual([
      '2024-12',
      '2025-03',
    ]);
  });

  it('qualified references through an alias prune too', async () => {
    expect(await kept("SELECT o.id FROM orders o WHERE o.month = '01'")).toEqual(['2025-01']);
  });

  it('a condition mixing data columns never prunes (the rows are filtered by SQL instead)', async () => {
    expect(await kept("SELECT * FROM orders WHERE month = '01' OR total > 5")).toHaveLength(4);
    expect(await kept('SELECT * FROM orders WHERE total > 5')).toHaveLength(4);
  });

  it('keeps the pruning conjuncts when other conjuncts test data columns', async () => {
    expect(await kept("SELECT * FROM orders WHERE total > 5 AND month = '01'")).toEqual([
      '2025-01',
    ]);
  });
});

describe('pruning with the dialect parser', () => {
  it('understands NOT IN, and never prunes through NOT', async () => {
    expect(await kept("SELECT * FROM orders WHERE month NOT IN ('01', '02')")).toEqual([
      '2024-12',
      '2025-03',
    ]);
    expect(await kept("SELECT * FROM orders WHERE NOT (month = '01')")).toHaveLength(4);
  });
});
