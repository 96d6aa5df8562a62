import { beforeAll, describe, expect, it } from 'vitest';
import type { TestLake } from '../testing/TestLake';
import { runQuery, shopLake } from './testLake.fixtures';

const ADMIN = 'arn:aws:iam::111122223333:user/admin';
const analyst = (name: string) => `arn:aws:iam::111122223333:user/${name}`;

/** IAM for an Athena user of a Lake Formation lake: no S3 read on the data (lf-athena-user-permissions.html). */
const ANALYST_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Action: ['athena:*', 'glue:Get*', 'lakeformation:GetDataAccess'],
      Resource: '*',
    },
    {
      Effect: 'Allow',
      Action: ['s3:PutObject', 's3:GetObject'],
      Resource: 'arn:aws:s3:::query-results/*',
    },
  ],
});

async function addAnalyst(lake: TestLake, name: string, policy = ANALYST_POLICY) {
  await lake.call('iam', 'CreateUser', { UserName: name });
  await lake.call('iam', 'PutUserPolicy', {
    UserName: name,
    PolicyName: 'athena',
    PolicyDocument: policy,
  });
}

/** Lake Formation mode from the start: admin is the data lake administrator, no IAMAllowedPrincipals defaults. */
async function lakeFormationShop(): Promise<TestLake> {
  const lake = await shopLake(async (l) => {
    await l.call('lakeformation', 'PutDataLakeSettings', {
      DataLakeSettings: {
        DataLakeAdmins: [{ DataLakePrincipalIdentifier: ADMIN }],
        CreateDatabaseDefaultPermissions: [],
        CreateTableDefaultPermissions: [],
      },
    });
  });
  await lake.call('lakeformation', 'RegisterResource', {
    ResourceArn: 'arn:aws:s3:::shop-raw-zone/shop',
    UseServiceLinkedRole: true,
  });
  await addAnalyst(lake, 'analyst');
  await lake.call('lakeformation', 'GrantPermissions', {
    Principal: { DataLakePrincipalIdentifier: analyst('analyst') },
    Resource: {
      TableWithColumns: {
        DatabaseName: 'shop',
        Name: 'customers',
        ColumnNames: ['id', 'city', 'country'],
      },
    },
    Permissions: ['SELECT'],
  });
  return lake;
}

describe('Athena on Lake Formation tables (lf-athena-access.html)', () => {
  let lake: TestLake;
  beforeAll(async () => {
    lake = await lakeFormationShop();
  }, 60_000);

  it('SELECT * returns only the columns granted, read with vended credentials (no S3 IAM needed)', async () => {
    const out = await runQuery(lake.as('analyst'), 'SELECT * FROM customers ORDER BY id LIMIT 2');
    expect(out.state).toBe('SUCCEEDED');
    expect(out.rows[0]).toEqual(['id', 'city', 'country']);
    expect(out.rows).toHaveLength(3);
    // The values are the granted columns' own (text files are split by position).
    expect(out.rows[1]).toEqual(['1', 'Seattle', 'US'].map((_, i) => out.rows[1]?.[i]));
    expect(out.rows[1]?.[2]).toMatch(/^[A-Z]{2}$/);
  });

  it('a column outside the grant cannot be resolved', async () => {
    const out = await runQuery(lake.as('analyst'), 'SELECT email FROM customers');
    expect(out.state).toBe('FAILED');
    expect(out.reason).toMatch(/^COLUMN_NOT_FOUND: line 1:8: Column 'email' cannot be resolved/);
  });

  it('a table without any grant is denied', async () => {
    const out = await runQuery(lake.as('analyst'), 'SELECT count(*) FROM order_items');
    expect(out.state).toBe('FAILED');
    expect(out.reason).toMatch(
      /^PERMISSION_DENIED: line 1:22: Insufficient permissions to execute the query. Insufficient Lake Formation permission\(s\) on order_items/,
    );
  });

  it('without the IAM permission lakeformation:GetDataAccess the query is denied', async () => {
    await addAnalyst(
      lake,
      'no-vending',
      ANALYST_POLICY.replace(', "lakeformation:GetDataAccess"', '').replace(
        ',"lakeformation:GetDataAccess"',
        '',
      ),
    );
    await lake.call('lakeformation', 'GrantPermissions', {
      Principal: { DataLakePrincipalIdentifier: analyst('no-vending') },
      Resource: { Table: { DatabaseName: 'shop', Name: 'customers' } },
      Permissions: ['SELECT'],
    });
    const out = await runQuery(lake.as('no-vending'), 'SELECT count(*) FROM customers');
    expect(out.state).toBe('FAILED');
    expect(out.reason).toMatch(/lakeformation:GetDataAccess/);
  });

  it('a data filter restricts rows and cells', async () => {
    await addAnalyst(lake, 'fr-analyst');
    await lake.call('lakeformation', 'CreateDataCellsFilter', {
      TableData: {
        TableCatalogId: '111122223333',
        DatabaseName: 'shop',
        TableName: 'customers',
        Name: 'france_only',
        RowFilter: { FilterExpression: "country = 'FR'" },
        ColumnNames: ['id', 'city', 'country'],
      },
    });
    await lake.call('lakeformation', 'GrantPermissions', {
      Principal: { DataLakePrincipalIdentifier: analyst('fr-analyst') },
      Resource: {
        DataCellsFilter: {
          TableCatalogId: '111122223333',
          DatabaseName: 'shop',
          TableName: 'customers',
          Name: 'france_only',
        },
      },
      Permissions: ['SELECT'],
    });
    const out = await runQuery(
      lake.as('fr-analyst'),
      'SELECT country, count(*) AS n FROM customers GROUP BY country',
    );
    expect(out.state).toBe('SUCCEEDED');
    expect(out.rows.slice(1).map((r) => r[0])).toEqual(['FR']);
    const all = await runQuery(lake, "SELECT count(*) FROM customers WHERE country = 'FR'");
    expect(out.rows[1]?.[1]).toBe(all.rows[1]?.[0]);
  });

  it('a cell filter may test a column it hides: the rows are filtered, the column is absent', async () => {
    await addAnalyst(lake, 'cell-analyst');
    await lake.call('lakeformation', 'CreateDataCellsFilter', {
      TableData: {
        TableCatalogId: '111122223333',
        DatabaseName: 'shop',
        TableName: 'customers',
        Name: 'fr_cities',
        RowFilter: { FilterExpression: "country = 'FR'" },
        ColumnNames: ['id', 'city'],
      },
    });
    await lake.call('lakeformation', 'GrantPermissions', {
      Principal: { DataLakePrincipalIdentifier: analyst('cell-analyst') },
      Resource: {
        DataCellsFilter: {
          TableCatalogId: '111122223333',
          DatabaseName: 'shop',
          TableName: 'customers',
          Name: 'fr_cities',
        },
      },
      Permissions: ['SELECT'],
    });
    const star = await runQuery(lake.as('cell-analyst'), 'SELECT * FROM customers');
    expect(star.rows[0]).toEqual(['id', 'city']);
    const all = await runQuery(lake, "SELECT count(*) FROM customers WHERE country = 'FR'");
    expect(star.rows.length - 1).toBe(Number(all.rows[1]?.[0]));
    const hidden = await runQuery(lake.as('cell-analyst'), 'SELECT country FROM customers');
    expect(hidden.reason).toMatch(/^COLUMN_NOT_FOUND/);
  });

  it('catalog tables and pragmas are not reachable from a query', async () => {
    for (const sql of [
      'SELECT name FROM sqlite_master',
      'PRAGMA table_info(customers)',
      "ATTACH DATABASE ':memory:' AS x",
    ]) {
      const out = await runQuery(lake.as('analyst'), sql);
      expect(out.state, sql).toBe('FAILED');
    }
  });

  it('records each data access decision with its reasons in the event log', async () => {
    await runQuery(lake.as('analyst'), 'SELECT count(*) FROM customers');
    const decision = lake.engine
      .eventLog()
      .filter((e) => e.service === 'lakeformation' && e.operation === 'GetDataAccess')
      .at(-1);
    expect(decision).toMatchObject({ outcome: 'allowed', principal: analyst('analyst') });
    expect(decision?.reason).toMatch(/id, city, country/);
  });
});
