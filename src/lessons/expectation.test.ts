import { describe, expect, it } from 'vitest';
import {
  createLessonEngine,
  engineDriver,
  evaluateCheck,
  lessonById,
  runOperations,
} from './index';
import { containsSql, meets, normalizeSql } from './expectation';

const query = (Query: string) => ({ output: { QueryExecutions: [{ Query }] } });
const lastQueryHas = (fragment: string) => ({
  path: 'QueryExecutions',
  some: { path: 'Query', containsSql: fragment },
});

describe('containsSql', () => {
  it('matches keywords and function names in any case', () => {
    const sql = 'SELECT *, ROW_NUMBER() OVER (PARTITION BY order_id) AS rn FROM orders_export';
    expect(containsSql(sql, 'row_number()')).toBe(true);
    expect(containsSql(sql, 'partition by order_id')).toBe(true);
    expect(containsSql(sql.toLowerCase(), 'PARTITION BY order_id')).toBe(true);
  });

  it('tolerates line breaks, repeated spaces and spaces beside brackets and commas', () => {
    const sql = 'SELECT status,\n  count( * )\nFROM   customers\n\tGROUP\n BY status';
    expect(containsSql(sql, 'count(*) FROM customers')).toBe(true);
    expect(containsSql(sql, 'GROUP BY')).toBe(true);
  });

  it('keeps string literals as written: their case and spaces count', () => {
    const sql = "SELECT * FROM orders WHERE status = 'Shipped  late'";
    expect(containsSql(sql, "'Shipped  late'")).toBe(true);
    expect(containsSql(sql, "'shipped late'")).toBe(false);
    expect(normalizeSql("WHERE  X = 'A  B'")).toBe("where x='A  B'");
  });

  it('still needs the fragment: a different word does not match', () => {
    expect(containsSql('SELECT * FROM orders', 'FROM customers')).toBe(false);
    expect(containsSql(undefined, 'FROM orders')).toBe(false);
  });

  it('is what an expectation with containsSql meets; plain contains stays exact', () => {
    expect(
      meets(query('select count(*) from CUSTOMERS group by city'), lastQueryHas('FROM customers')),
    ).toBe(true);
    expect(
      meets(query('select count(*) from CUSTOMERS'), {
        path: 'QueryExecutions',
        some: { path: 'Query', contains: 'FROM customers' },
      }),
    ).toBe(false);
  });
});

describe('an Athena lesson check', () => {
  it('ticks when the student writes the query in lower case on several lines', async () => {
    const lesson = lessonById('clean-and-join')!;
    const index = lesson.steps.findIndex((s) => s.id === 'dedupe');
    const step = lesson.steps[index]!;
    const engine = await createLessonEngine(lesson);
    for (const earlier of lesson.steps.slice(0, index))
      await runOperations(engineDriver(engine), earlier.showMe);
    const op = step.showMe[0]!;
    const sql = String(op.input?.QueryString);
    const typed = sql
      .replace(/row_number\(\)/, 'ROW_NUMBER ( )')
      .replace(/PARTITION BY/, 'partition\n  by')
      .toLowerCase();
    expect(typed).not.toContain('PARTITION BY order_id');
    expect((await evaluateCheck(engine, step.check)).status).toBe('not-yet');
    await runOperations(engineDriver(engine), [
      { ...op, input: { ...op.input, QueryString: typed } },
    ]);
    expect((await evaluateCheck(engine, step.check)).status).toBe('passed');
  });
});
