import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TestLake } from '../testing/TestLake';
import { tableAccess } from './access';
import { rowFilterMatches } from './rowFilterSql';
import { addTable, addUser, lakeFormationLab, principal, userArn } from './testLake.fixtures';

// Property: tableAccess shows exactly the cells a small independent model of the documented
// rules shows, and never a cell that no single grant allows for that row.

const COLUMNS = ['c0', 'c1', 'c2', 'c3'];
const TABLES = ['t0', 't1'];
const TAGS = { k1: ['a', 'b'], k2: ['x', 'y'] } as const;
type TagKey = keyof typeof TAGS;
type Row = Record<string, string | null>;

type GrantSpec =
  | { kind: 'table'; table: number }
  | { kind: 'include'; table: number; columns: string[] }
  | { kind: 'exclude'; table: number; columns: string[] }
  | {
      kind: 'filter';
      table: number;
      predicate?: { column: string; value: string };
      columns?: string[];
    }
  | { kind: 'tags'; expression: Array<{ key: TagKey; values: string[] }> };

interface Scenario {
  dbTags: Partial<Record<TagKey, string>>;
  tableTags: Array<Partial<Record<TagKey, string>>>;
  columnTags: Array<Record<string, Partial<Record<TagKey, string>>>>;
  grants: GrantSpec[];
  rows: Row[];
}

const tagBag = fc.record(
  {
    k1: fc.option(fc.constantFrom(...TAGS.k1), { nil: undefined }),
    k2: fc.option(fc.constantFrom(...TAGS.k2), { nil: undefined }),
  },
  { requiredKeys: [] },
);
const someColumns = fc.subarray([...COLUMNS, 'p'], { minLength: 1 });
const table = fc.integer({ min: 0, max: TABLES.length - 1 });
const grantSpec: fc.Arbitrary<GrantSpec> = fc.oneof(
  fc.record({ kind: fc.constant('table' as const), table }),
  fc.record({
    kind: fc.constant('include' as const),
    table,
    columns: fc.subarray(COLUMNS, { minLength: 1 }),
  }),
  fc.record({ kind: fc.constant('exclude' as const), table, columns: fc.subarray(COLUMNS) }),
  fc.record({
    kind: fc.constant('filter' as const),
    table,
    predicate: fc.option(
      fc.record({ column: fc.constantFrom(...COLUMNS), value: fc.constantFrom('u', 'v') }),
      { nil: undefined },
    ),
    columns: fc.option(someColumns, { nil: undefined }),
  }),
  fc.record({
    kind: fc.constant('tags' as const),
    expression: fc.subarray(
      [
        { key: 'k1' as const, values: ['a'] },
        { key: 'k2' as const, values: ['x', 'y'] },
      ],
      { minLength: 1 },
    ),
  }),
);
const scenario: fc.Arbitrary<Scenario> = fc.record({
  dbTags: tagBag,
  tableTags: fc.tuple(tagBag, tagBag),
  columnTags: fc.tuple(
    fc.dictionary(fc.constantFrom(...COLUMNS), tagBag),
    fc.dictionary(fc.constantFrom(...COLUMNS), tagBag),
  ),
  grants: fc.array(grantSpec, { maxLength: 5 }),
  rows: fc.array(
    fc.record(
      Object.fromEntries([...COLUMNS, 'p'].map((c) => [c, fc.constantFrom('u', 'v', null)])),
    ) as fc.Arbitrary<Row>,
    { minLength: 1, maxLength: 4 },
  ),
});

const pairs = (bag: Partial<Record<TagKey, string>>) =>
  Object.entries(bag)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ({ TagKey: k, TagValues: [v] }));

async function build(s: Scenario): Promise<TestLake> {
  const lake = await lakeFormationLab();
  await addUser(lake, 'other');
  for (const name of TABLES) await addTable(lake, 'shop', name, COLUMNS, { partitionKeys: ['p'] });
  for (const [key, values] of Object.entries(TAGS))
    await lake.call('lakeformation', 'CreateLFTag', { TagKey: key, TagValues: values });
  const tag = (Resource: unknown, bag: Partial<Record<TagKey, string>>) =>
    pairs(bag).length
      ? lake.call('lakeformation', 'AddLFTagsToResource', { Resource, LFTags: pairs(bag) })
      : undefined;
  await tag({ Database: { Name: 'shop' } }, s.dbTags);
  for (const [i, name] of TABLES.entries()) {
    await tag({ Table: { DatabaseName: 'shop', Name: name } }, s.tableTags[i] ?? {});
    for (const [column, bag] of Object.entries(s.columnTags[i] ?? {}))
      await tag(
        { TableWithColumns: { DatabaseName: 'shop', Name: name, ColumnNames: [column] } },
        bag,
      );
  }
  for (const [n, g] of s.grants.entries()) {
    const to = principal(userArn(n % 3 === 2 ? 'other' : 'analyst'));
    const grant = (Resource: unknown) =>
      lake.call('lakeformation', 'GrantPermissions', {
        Principal: to,
        Resource,
        Permissions: ['SELECT'],
      });
    if (g.kind === 'tags')
      await grant({
        LFTagPolicy: {
          ResourceType: 'TABLE',
          Expression: g.expression.map((c) => ({ TagKey: c.key, TagValues: c.values })),
        },
      });
    else {
      const Name = TABLES[g.table];
      if (g.kind === 'table') await grant({ Table: { DatabaseName: 'shop', Name } });
      if (g.kind === 'include')
        await grant({ TableWithColumns: { DatabaseName: 'shop', Name, ColumnNames: g.columns } });
      if (g.kind === 'exclude')
        await grant({
          TableWithColumns: {
            DatabaseName: 'shop',
            Name,
            ColumnWildcard: { ExcludedColumnNames: g.columns },
          },
        });
      if (g.kind === 'filter') {
        await lake.call('lakeformation', 'CreateDataCellsFilter', {
          TableData: {
            TableCatalogId: '111122223333',
            DatabaseName: 'shop',
            TableName: Name,
            Name: `f${n}`,
            RowFilter: g.predicate
              ? { FilterExpression: `${g.predicate.column} = '${g.predicate.value}'` }
              : { AllRowsWildcard: {} },
            ...(g.columns ? { ColumnNames: g.columns } : { ColumnWildcard: {} }),
          },
        });
        await grant({
          DataCellsFilter: {
            TableCatalogId: '111122223333',
            DatabaseName: 'shop',
            TableName: Name,
            Name: `f${n}`,
          },
        });
      }
    }
  }
  return lake;
}

/** The reference model: each grant to the analyst is a (rows, columns) source for one table. */
function referenceSources(
  s: Scenario,
  t: number,
): Array<{ rows?: (row: Row) => boolean; columns: Set<string> }> {
  const all = [...COLUMNS, 'p'];
  const tagOf = (column: string, key: TagKey) =>
    s.columnTags[t]?.[column]?.[key] ?? s.tableTags[t]?.[key] ?? s.dbTags[key];
  return s.grants.flatMap((g, n) => {
    if (n % 3 === 2) return [];
    if (g.kind === 'tags') {
      const columns = all.filter((c) =>
        g.expression.every((e) => e.values.includes(tagOf(c, e.key) ?? '')),
      );
      return columns.length ? [{ columns: new Set(columns) }] : [];
    }
    if (g.table !== t) return [];
    if (g.kind === 'table') return [{ columns: new Set(all) }];
    if (g.kind === 'include') return [{ columns: new Set([...g.columns, 'p']) }];
    if (g.kind === 'exclude')
      return [{ columns: new Set(all.filter((c) => c === 'p' || !g.columns.includes(c))) }];
    const predicate = g.predicate;
    return [
      {
        columns: new Set(g.columns ?? all),
        ...(predicate ? { rows: (row: Row) => row[predicate.column] === predicate.value } : {}),
      },
    ];
  });
}

describe('tableAccess against an independent reference model (property)', () => {
  it('shows exactly the cells the model shows, and never one no single grant allows for that row', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const lake = await build(s);
        for (const [t, name] of TABLES.entries()) {
          const access = tableAccess(lake.engine.world, userArn('analyst'), 'shop', name);
          const sources = referenceSources(s, t);
          const allRows = sources.filter((x) => !x.rows);
          const modelColumns = allRows.length
            ? new Set(allRows.flatMap((x) => [...x.columns]))
            : new Set(
                [...COLUMNS, 'p'].filter(
                  (c) => sources.length > 0 && sources.every((x) => x.columns.has(c)),
                ),
              );
          const allowed = new Set(access.columns.filter((c) => c.allowed).map((c) => c.column));
          expect([...allowed].sort()).toEqual([...modelColumns].sort());
          for (const row of s.rows) {
            const subjectRow =
              access.rowFilter === undefined || rowFilterMatches(access.rowFilter, row);
            const modelRow = allRows.length > 0 || sources.some((x) => x.rows?.(row));
            if (allowed.size > 0) expect(subjectRow).toBe(modelRow);
            for (const column of allowed)
              if (subjectRow)
                expect(sources.some((x) => x.columns.has(column) && (!x.rows || x.rows(row)))).toBe(
                  true,
                );
          }
        }
      }),
      { numRuns: 60, seed: 20250106 },
    );
  }, 60_000);
});
