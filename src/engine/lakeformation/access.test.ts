import { describe, expect, it } from 'vitest';
import { accessMatrix, databaseAccess, tableAccess } from './access';
import {
  ADMIN_ARN,
  addTable,
  lakeFormationLab,
  ordersTable,
  principal,
  userArn,
} from './testLake.fixtures';
import type { TestLake } from '../testing/TestLake';

const ANALYST = userArn('analyst');
const allowedColumns = (lake: TestLake, who = ANALYST) =>
  tableAccess(lake.engine.world, who, 'shop', 'orders')
    .columns.filter((c) => c.allowed)
    .map((c) => c.column);

async function grant(lake: TestLake, resource: unknown, permissions = ['SELECT'], who = ANALYST) {
  await lake.call('lakeformation', 'GrantPermissions', {
    Principal: principal(who),
    Resource: resource,
    Permissions: permissions,
  });
}

async function filter(lake: TestLake, name: string, rows: string | undefined, columns?: string[]) {
  await lake.call('lakeformation', 'CreateDataCellsFilter', {
    TableData: {
      TableCatalogId: '111122223333',
      DatabaseName: 'shop',
      TableName: 'orders',
      Name: name,
      RowFilter: rows === undefined ? { AllRowsWildcard: {} } : { FilterExpression: rows },
      ...(columns ? { ColumnNames: columns } : { ColumnWildcard: {} }),
    },
  });
  await grant(lake, {
    DataCellsFilter: {
      TableCatalogId: '111122223333',
      DatabaseName: 'shop',
      TableName: 'orders',
      Name: name,
    },
  });
}

describe('tableAccess: modes and implicit permissions', () => {
  it('a table IAMAllowedPrincipals holds Super on is in IAM mode: IAM alone decides', async () => {
    const lake = await lakeFormationLab();
    await grant(lake, ordersTable, ['ALL'], 'IAM_ALLOWED_PRINCIPALS');
    const access = tableAccess(lake.engine.world, ANALYST, 'shop', 'orders');
    expect(access).toMatchObject({
      mode: 'iam',
      select: true,
      reasons: [{ kind: 'iam-allowed-principals' }],
    });
  });

  it('without any grant a principal gets nothing, and the reason says so', async () => {
    const lake = await lakeFormationLab();
    const access = tableAccess(lake.engine.world, ANALYST, 'shop', 'orders');
    expect(access).toMatchObject({
      mode: 'lakeformation',
      select: false,
      permissions: [],
      reasons: [{ kind: 'no-grant' }],
    });
  });

  it('a data lake administrator gets implicit DESCRIBE but not SELECT on tables others created (LF implicit permissions)', async () => {
    const lake = await lakeFormationLab();
    await grant(lake, { Database: { Name: 'shop' } }, ['CREATE_TABLE']);
    await addTable(lake.as('analyst'), 'shop', 'theirs', ['x']);
    const access = tableAccess(lake.engine.world, ADMIN_ARN, 'shop', 'theirs');
    expect(access).toMatchObject({ select: false, permissions: ['DESCRIBE'], fullMetadata: true });
    expect(access.reasons.map((r) => r.kind)).toEqual(['admin']);
  });

  it('SELECT granted to the account reaches every IAM principal of it', async () => {
    const lake = await lakeFormationLab();
    await grant(lake, ordersTable, ['SELECT'], '111122223333');
    expect(tableAccess(lake.engine.world, ANALYST, 'shop', 'orders').select).toBe(true);
  });
});

describe('tableAccess: columns', () => {
  it('an include list gives those columns, plus the partition keys (they cannot be filtered)', async () => {
    const lake = await lakeFormationLab();
    await grant(lake, {
      TableWithColumns: { DatabaseName: 'shop', Name: 'orders', ColumnNames: ['id', 'total'] },
    });
    expect(allowedColumns(lake)).toEqual(['id', 'total', 'dt']);
    expect(tableAccess(lake.engine.world, ANALYST, 'shop', 'orders').fullMetadata).toBe(false);
  });

  it('explains each column in a sentence a student reads', async () => {
    const lake = await lakeFormationLab();
    await grant(lake, {
      TableWithColumns: { DatabaseName: 'shop', Name: 'orders', ColumnNames: ['id', 'total'] },
    });
    const columns = tableAccess(lake.engine.world, ANALYST, 'shop', 'orders').columns;
    expect(columns.find((c) => c.column === 'id')?.reason).toBe(
      'Granted SELECT on columns id, total of shop.orders to user/analyst.',
    );
    expect(columns.find((c) => c.column === 'customer')?.reason).toBe(
      'No grant gives user/analyst SELECT on column customer of shop.orders.',
    );
  });

  it('survives a snapshot and restore of the world unchanged', async () => {
    const lake = await lakeFormationLab();
    await grant(lake, {
      TableWithColumns: { DatabaseName: 'shop', Name: 'orders', ColumnNames: ['id'] },
    });
    const before = tableAccess(lake.engine.world, ANALYST, 'shop', 'orders');
    lake.engine.restore(
      JSON.parse(JSON.stringify(lake.engine.snapshot())) as ReturnType<typeof lake.engine.snapshot>,
    );
    expect(tableAccess(lake.engine.world, ANALYST, 'shop', 'orders')).toEqual(before);
  });

  it('an exclude list gives every other column', async () => {
    const lake = await lakeFormationLab();
    await grant(lake, {
      TableWithColumns: {
        DatabaseName: 'shop',
        Name: 'orders',
        ColumnWildcard: { ExcludedColumnNames: ['customer'] },
      },
    });
    expect(allowedColumns(lake)).toEqual(['id', 'total', 'country', 'dt']);
  });

  it('rejects a column grant naming a column the table lacks', async () => {
    const lake = await lakeFormationLab();
    const error = await lake.errorOf('lakeformation', 'GrantPermissions', {
      Principal: principal(ANALYST),
      Resource: {
        TableWithColumns: { DatabaseName: 'shop', Name: 'orders', ColumnNames: ['nope'] },
      },
      Permissions: ['SELECT'],
    });
    expect(error.name).toBe('InvalidInputException');
  });

  it('named grants union: two column grants give both column sets', async () => {
    const lake = await lakeFormationLab();
    await grant(lake, {
      TableWithColumns: { DatabaseName: 'shop', Name: 'orders', ColumnNames: ['id'] },
    });
    await grant(lake, {
      TableWithColumns: { DatabaseName: 'shop', Name: 'orders', ColumnNames: ['country'] },
    });
    expect(allowedColumns(lake)).toEqual(['id', 'country', 'dt']);
  });
});

describe('tableAccess: data filters', () => {
  it('a row filter limits rows to its expression (row-level security)', async () => {
    const lake = await lakeFormationLab();
    await filter(lake, 'fr_only', "country = 'FR'");
    const access = tableAccess(lake.engine.world, ANALYST, 'shop', 'orders');
    expect(access.rowFilter).toBe("country = 'FR'");
    expect(access.reasons[0]?.kind).toBe('data-filter');
  });

  it('two row filters union their rows (LF data-filtering notes)', async () => {
    const lake = await lakeFormationLab();
    await filter(lake, 'fr', "country = 'FR'");
    await filter(lake, 'de', "country = 'DE'");
    expect(tableAccess(lake.engine.world, ANALYST, 'shop', 'orders').rowFilter).toBe(
      "(country = 'FR') OR (country = 'DE')",
    );
  });

  it('an all-rows grant alongside a predicate filter wins: every row is visible', async () => {
    const lake = await lakeFormationLab();
    await filter(lake, 'fr', "country = 'FR'");
    await filter(lake, 'all', undefined, ['id']);
    const access = tableAccess(lake.engine.world, ANALYST, 'shop', 'orders');
    expect(access.rowFilter).toBeUndefined();
    expect(allowedColumns(lake)).toEqual(['id']);
  });

  it('cell filters with different columns: rows union, columns intersect (LakeLab conservative rule), each kept in cellFilters', async () => {
    const lake = await lakeFormationLab();
    await filter(lake, 'fr', "country = 'FR'", ['id', 'total', 'country']);
    await filter(lake, 'de', "country = 'DE'", ['id', 'country']);
    const access = tableAccess(lake.engine.world, ANALYST, 'shop', 'orders');
    expect(allowedColumns(lake)).toEqual(['id', 'country']);
    expect(access.cellFilters).toHaveLength(2);
    expect(access.columns.find((c) => c.column === 'total')?.reason).toContain('conservative');
  });
});

describe('tableAccess: LF-Tags', () => {
  async function tagged(lake: TestLake) {
    await lake.call('lakeformation', 'CreateLFTag', {
      TagKey: 'domain',
      TagValues: ['sales', 'hr'],
    });
    await lake.call('lakeformation', 'CreateLFTag', { TagKey: 'pii', TagValues: ['yes', 'no'] });
    await lake.call('lakeformation', 'AddLFTagsToResource', {
      Resource: { Database: { Name: 'shop' } },
      LFTags: [
        { TagKey: 'domain', TagValues: ['sales'] },
        { TagKey: 'pii', TagValues: ['no'] },
      ],
    });
    await lake.call('lakeformation', 'AddLFTagsToResource', {
      Resource: {
        TableWithColumns: { DatabaseName: 'shop', Name: 'orders', ColumnNames: ['customer'] },
      },
      LFTags: [{ TagKey: 'pii', TagValues: ['yes'] }],
    });
  }
  const policy = (expression: Array<{ TagKey: string; TagValues: string[] }>) => ({
    LFTagPolicy: { ResourceType: 'TABLE', Expression: expression },
  });

  it('columns inherit the table’s tags (from the database) and an override hides a column from a tag grant', async () => {
    const lake = await lakeFormationLab();
    await tagged(lake);
    await grant(
      lake,
      policy([
        { TagKey: 'domain', TagValues: ['sales'] },
        { TagKey: 'pii', TagValues: ['no'] },
      ]),
    );
    expect(allowedColumns(lake)).toEqual(['id', 'total', 'country', 'dt']);
    expect(tableAccess(lake.engine.world, ANALYST, 'shop', 'orders').reasons[0]?.kind).toBe(
      'tag-policy',
    );
  });

  it('keys AND, values OR: a value list matches either value; a missing key matches nothing', async () => {
    const lake = await lakeFormationLab();
    await tagged(lake);
    await grant(lake, policy([{ TagKey: 'pii', TagValues: ['yes', 'no'] }]));
    expect(allowedColumns(lake)).toHaveLength(5);
    const other = await lake
      .call('iam', 'CreateUser', { UserName: 'bob' })
      .then(() => userArn('bob'));
    await grant(
      lake,
      policy([
        { TagKey: 'domain', TagValues: ['hr'] },
        { TagKey: 'pii', TagValues: ['no'] },
      ]),
      ['SELECT'],
      other,
    );
    expect(allowedColumns(lake, other)).toEqual([]);
  });

  it('named and tag grants union', async () => {
    const lake = await lakeFormationLab();
    await tagged(lake);
    await grant(lake, policy([{ TagKey: 'pii', TagValues: ['no'] }]));
    await grant(lake, {
      TableWithColumns: { DatabaseName: 'shop', Name: 'orders', ColumnNames: ['customer'] },
    });
    expect(allowedColumns(lake)).toHaveLength(5);
  });
});

describe('databaseAccess and accessMatrix', () => {
  it('DESCRIBE on a database comes from a grant, a tag policy, its creator, admins, or a permission on one of its tables', async () => {
    const lake = await lakeFormationLab();
    expect(databaseAccess(lake.engine.world, ANALYST, 'shop').permissions).toEqual([]);
    await grant(lake, {
      TableWithColumns: { DatabaseName: 'shop', Name: 'orders', ColumnNames: ['id'] },
    });
    expect(databaseAccess(lake.engine.world, ANALYST, 'shop').permissions).toEqual(['DESCRIBE']);
    expect(databaseAccess(lake.engine.world, ADMIN_ARN, 'shop').reasons.map((r) => r.kind)).toEqual(
      ['admin', 'creator'],
    );
  });

  it('accessMatrix lists every table of the catalog for the principal', async () => {
    const lake = await lakeFormationLab();
    await addTable(lake, 'shop', 'customers', ['id']);
    await grant(lake, ordersTable);
    expect(accessMatrix(lake.engine.world, ANALYST).map((a) => [a.table, a.select])).toEqual([
      ['customers', false],
      ['orders', true],
    ]);
  });

  // Its speed is measured by bench/lakeformation.mjs (npm run bench).
  it('accessMatrix over 200 tables × 20 columns combines 100 column grants and a tag policy on 50 tagged tables', async () => {
    const lake = await lakeFormationLab();
    await lake.call('lakeformation', 'CreateLFTag', {
      TagKey: 'tier',
      TagValues: ['gold', 'silver'],
    });
    const columns = Array.from({ length: 20 }, (_, i) => `c${i}`);
    for (let t = 0; t < 200; t++) await addTable(lake, 'shop', `t${t}`, columns);
    for (let g = 0; g < 100; g++)
      await grant(lake, {
        TableWithColumns: { DatabaseName: 'shop', Name: `t${g}`, ColumnNames: ['c1', 'c2'] },
      });
    for (let a = 0; a < 50; a++)
      await lake.call('lakeformation', 'AddLFTagsToResource', {
        Resource: { Table: { DatabaseName: 'shop', Name: `t${a + 100}` } },
        LFTags: [{ TagKey: 'tier', TagValues: ['gold'] }],
      });
    await grant(lake, {
      LFTagPolicy: { ResourceType: 'TABLE', Expression: [{ TagKey: 'tier', TagValues: ['gold'] }] },
    });
    const matrix = accessMatrix(lake.engine.world, ANALYST);
    expect(matrix.filter((a) => a.select)).toHaveLength(150);
  });
});
