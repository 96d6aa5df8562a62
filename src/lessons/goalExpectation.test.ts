import { describe, expect, it } from 'vitest';
import { meets, type ReadOutcome } from './expectation';
import { compareExpectation, type GoalItem } from './goalExpectation';
import type { GoalTable } from './goalTable';
import { goalWords } from './goalWords';
import type { Expectation } from './schema';

const en = goalWords('en');
const fr = goalWords('fr');
/** A row's cells as the table shows them in English. */
const shown = (cells: GoalTable['rows'][number]['goal']) => cells?.map((c) => en.cell(c));
const said = (item: GoalItem, words = en) => item.differences.map((d) => words.difference(d));

const table = (columns: { Name: string; Type: string }[]) => ({
  Table: { StorageDescriptor: { Columns: columns } },
});
const read = (output: unknown): ReadOutcome => ({ output });
const only = (e: Expectation, outcome: ReadOutcome) => {
  const items = compareExpectation(e, outcome);
  expect(items).toHaveLength(1);
  return items[0]!;
};

describe('compareExpectation', () => {
  it('gives one item per value an "all" asks for, each with its own path', () => {
    const items = compareExpectation(
      {
        all: [
          { path: 'A', equals: 1 },
          { path: 'B', atLeast: 2 },
        ],
      },
      read({ A: 1, B: 1 }),
    );
    expect(items.map((i) => [i.path, i.isMet])).toEqual([
      ['A', true],
      ['B', false],
    ]);
  });

  it('states a bound as the goal and the lab’s value as now', () => {
    const item = only({ path: 'KeyCount', atLeast: 8 }, read({ KeyCount: 3 }));
    expect(shown(item.table.rows[0]!.goal)).toEqual(['at least 8']);
    expect(item.table.rows[0]).toMatchObject({ now: ['3'], mark: 'different' });
    expect(said(item)).toEqual(['Different: it is “3”, the goal is “at least 8”.']);
    expect(said(item, fr)).toEqual([
      'Différent\u00a0: la valeur est «\u00a03\u00a0», l’objectif est «\u00a0au moins 8\u00a0».',
    ]);
  });

  it('shows the required item beside the lab’s list for contains, other items not mattering', () => {
    const item = only(
      { path: 'Buckets[].Name', contains: 'raw' },
      read({ Buckets: [{ Name: 'logs' }] }),
    );
    expect(item.table.rows.map((r) => r.mark)).toEqual(['missing', 'other']);
    expect(said(item)).toEqual(['Missing: “raw”.']);
    expect(said(item, fr)).toEqual(['Manquant\u00a0: «\u00a0raw\u00a0».']);
  });

  it('pairs the goal entry of "some" with the nearest lab entry and names the field that differs', () => {
    const e: Expectation = {
      path: 'Table.StorageDescriptor.Columns',
      some: {
        all: [
          { path: 'Name', equals: 'total' },
          { path: 'Type', equals: 'double' },
        ],
      },
    };
    const item = only(
      e,
      read(
        table([
          { Name: 'id', Type: 'bigint' },
          { Name: 'total', Type: 'string' },
        ]),
      ),
    );
    expect(item.table.columns).toEqual(['Name', 'Type']);
    expect(item.table.rows[0]).toMatchObject({
      goal: ['total', 'double'],
      now: ['total', 'string'],
      mark: 'different',
      differentCells: [1],
    });
    expect(item.table.rows[1]!.mark).toBe('other');
  });

  it('shows "some" as the nearest entry and the three first others until one matches, counting the rest', () => {
    const e: Expectation = {
      path: 'QueryExecutions',
      some: {
        all: [
          { path: 'State', equals: 'SUCCEEDED' },
          { path: 'Query', containsSql: 'GROUP BY' },
        ],
      },
    };
    const queries = (last: string) => ({
      QueryExecutions: [last, 'SELECT 2', 'SELECT 3', 'SELECT 4', 'SELECT 5', 'SELECT 6'].map(
        (Query) => ({ State: 'SUCCEEDED', Query }),
      ),
    });
    const before = only(e, read(queries('SELECT 1'))).table;
    expect(before.rows.map((r) => r.mark)).toEqual(['different', 'other', 'other', 'other']);
    expect(before.hiddenCount).toBe(2);
    expect(before.entries).toEqual({ total: 6, matching: 0, nearestMeets: 1, fieldCount: 2 });
    const after = only(e, read(queries('select city from customers group by city'))).table;
    expect(after.rows.map((r) => r.mark)).toEqual(['same']);
    expect(after.hiddenCount).toBe(5);
    expect(en.entries(after.entries!)).toBe('1 of your 6 entries matches; it is shown first.');
  });

  it('marks the goal entry of "some" missing when no lab entry comes near', () => {
    const e: Expectation = { path: 'Runs', some: { path: 'Status', equals: 'SUCCESS' } };
    const item = only(e, read({ Runs: [] }));
    expect(item.table.rows.map((r) => r.mark)).toEqual(['missing']);
  });

  it('treats a read that failed because the thing is missing as an absent value', () => {
    const item = only(
      { path: 'Table.PartitionKeys', equals: [{ Name: 'year', Type: 'string' }] },
      { errorCode: 'EntityNotFoundException' },
    );
    expect(item.table.rows.map((r) => r.mark)).toEqual(['missing']);
  });

  it('gives "some" one column per field, joining what it asks of the same field', () => {
    const e: Expectation = {
      path: 'QueryExecutions',
      some: {
        all: [
          { path: 'State', equals: 'SUCCEEDED' },
          { path: 'Query', contains: 'FROM customers' },
          { path: 'Query', contains: 'GROUP BY' },
        ],
      },
    };
    const item = only(e, read({ QueryExecutions: [{ State: 'SUCCEEDED', Query: 'SELECT 1' }] }));
    expect(item.table.columns).toEqual(['State', 'Query']);
    expect(shown(item.table.rows[0]!.goal)).toEqual([
      'SUCCEEDED',
      'includes “FROM customers” and includes “GROUP BY”',
    ]);
    expect(item.table.rows[0]!.differentCells).toEqual([1]);
    expect(fr.cell(item.table.rows[0]!.goal![1])).toBe(
      'contient «\u00a0FROM customers\u00a0» et contient «\u00a0GROUP BY\u00a0»',
    );
  });

  it('marks a requirement missing when the read failed, rather than counting 0 items', () => {
    const item = only(
      { path: 'Table.StorageDescriptor.Columns', length: { equals: 0 } },
      { errorCode: 'EntityNotFoundException' },
    );
    expect(shown(item.table.rows[0]!.goal)).toEqual(['exactly 0 items']);
    expect(item.table.rows[0]!.mark).toBe('missing');
    expect(said(item)).toEqual(['Missing: there is none yet; the goal is “exactly 0 items”.']);
    expect(said(item, fr)).toEqual([
      'Manquant\u00a0: rien pour l’instant\u00a0; l’objectif est «\u00a0exactement 0 élément\u00a0».',
    ]);
  });

  it('shows an expected error as the goal and what the read did as now', () => {
    const item = only({ errorCode: 'NoSuchBucket' }, read({}));
    expect(shown(item.table.rows[0]!.goal)).toEqual(['fails with NoSuchBucket']);
    expect(shown(item.table.rows[0]!.now)).toEqual(['succeeds']);
    expect(fr.cell(item.table.rows[0]!.now![0])).toBe('réussit');
    expect([en.requirement(item), fr.requirement(item)]).toEqual(['the read', 'la lecture']);
  });

  it('shows only the alternative that is met for "any"', () => {
    const items = compareExpectation(
      {
        any: [
          { path: 'A', equals: 1 },
          { path: 'B', equals: 2 },
        ],
      },
      read({ A: 0, B: 2 }),
    );
    expect(items.map((i) => i.path)).toEqual(['B']);
  });

  it('has differences exactly when the expectation is not met', () => {
    const cases: [Expectation, unknown][] = [
      [{ path: 'L', length: { equals: 0 } }, { L: ['x'] }],
      [{ path: 'L', length: { equals: 0 } }, {}],
      [{ path: 'S', contains: 'Get' }, { S: 'PutObject' }],
      [{ path: 'S', contains: 'Get' }, { S: 'GetObject' }],
      [{ path: 'X', exists: false }, { X: 1 }],
      [{ path: 'P', equals: { a: 1, b: 2 } }, { P: { b: 2, a: 1 } }],
    ];
    for (const [e, output] of cases) {
      const item = only(e, read(output));
      expect(item.differences.length > 0, JSON.stringify(e)).toBe(!meets(read(output), e));
    }
  });
});
