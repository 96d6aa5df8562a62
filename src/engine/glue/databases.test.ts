import { describe, expect, it } from 'vitest';
import { TestLake } from '../testing/TestLake';

type Database = {
  Name: string;
  CatalogId: string;
  CreateTime: Date;
  Description?: string;
  CreateTableDefaultPermissions: unknown[];
};

describe('Glue databases', () => {
  it('stores database names lower-cased and finds them in any case', async () => {
    const lake = new TestLake();
    await lake.call('glue', 'CreateDatabase', {
      DatabaseInput: { Name: 'Sales_DB', Description: 'orders' },
    });
    const { Database } = await lake.call<{ Database: Database }>('glue', 'GetDatabase', {
      Name: 'SALES_db',
    });
    expect(Database).toMatchObject({
      Name: 'sales_db',
      CatalogId: '111122223333',
      Description: 'orders',
    });
    expect(Database.CreateTime).toEqual(lake.now());
    expect(Database.CreateTableDefaultPermissions).toEqual([
      {
        Principal: { DataLakePrincipalIdentifier: 'IAM_ALLOWED_PRINCIPALS' },
        Permissions: ['ALL'],
      },
    ]);
  });

  it('answers AlreadyExistsException for a name that exists in another case', async () => {
    const lake = new TestLake();
    await lake.call('glue', 'CreateDatabase', { DatabaseInput: { Name: 'sales' } });
    expect(
      (await lake.errorOf('glue', 'CreateDatabase', { DatabaseInput: { Name: 'SALES' } })).name,
    ).toBe('AlreadyExistsException');
  });

  it('rejects empty, over-long and multi-line names with InvalidInputException', async () => {
    const lake = new TestLake();
    for (const Name of ['', 'x'.repeat(256), 'two\nlines'])
      expect((await lake.errorOf('glue', 'CreateDatabase', { DatabaseInput: { Name } })).name).toBe(
        'InvalidInputException',
      );
    await lake.call('glue', 'CreateDatabase', { DatabaseInput: { Name: 'x'.repeat(255) } });
  });

  it('pages GetDatabases with NextToken, sorted by name', async () => {
    const lake = new TestLake();
    for (const Name of ['c', 'a', 'b'])
      await lake.call('glue', 'CreateDatabase', { DatabaseInput: { Name } });
    const first = await lake.call<{ DatabaseList: Database[]; NextToken?: string }>(
      'glue',
      'GetDatabases',
      { MaxResults: 2 },
    );
    expect(first.DatabaseList.map((d) => d.Name)).toEqual(['a', 'b']);
    const second = await lake.call<{ DatabaseList: Database[]; NextToken?: string }>(
      'glue',
      'GetDatabases',
      { MaxResults: 2, NextToken: first.NextToken },
    );
    expect(second.DatabaseList.map((d) => d.Name)).toEqual(['c']);
    expect(second.NextToken).toBeUndefined();
  });

  it('updates a database’s description and keeps its creation time', async () => {
    const lake = new TestLake();
    await lake.call('glue', 'CreateDatabase', { DatabaseInput: { Name: 'sales' } });
    const created = (
      await lake.call<{ Database: Database }>('glue', 'GetDatabase', { Name: 'sales' })
    ).Database.CreateTime;
    await lake.advance('1h');
    await lake.call('glue', 'UpdateDatabase', {
      Name: 'sales',
      DatabaseInput: { Name: 'sales', Description: 'curated' },
    });
    const { Database } = await lake.call<{ Database: Database }>('glue', 'GetDatabase', {
      Name: 'sales',
    });
    expect(Database).toMatchObject({ Description: 'curated', CreateTime: created });
  });

  it('deletes a database, after which it is EntityNotFoundException', async () => {
    const lake = new TestLake();
    await lake.call('glue', 'CreateDatabase', { DatabaseInput: { Name: 'sales' } });
    await lake.call('glue', 'DeleteDatabase', { Name: 'sales' });
    const error = await lake.errorOf('glue', 'GetDatabase', { Name: 'sales' });
    expect(error).toMatchObject({
      name: 'EntityNotFoundException',
      message: 'Database sales not found.',
    });
    expect((await lake.errorOf('glue', 'DeleteDatabase', { Name: 'sales' })).name).toBe(
      'EntityNotFoundException',
    );
  });

  it('checks glue:CreateDatabase on the catalog and the database ARN', async () => {
    const lake = new TestLake();
    await lake.call('iam', 'CreateUser', { UserName: 'analyst' });
    const onlyOneDb = JSON.stringify({
      Statement: [
        {
          Effect: 'Allow',
          Action: 'glue:CreateDatabase',
          Resource: [
            'arn:aws:glue:us-east-1:111122223333:catalog',
            'arn:aws:glue:us-east-1:111122223333:database/sales',
          ],
        },
      ],
    });
    await lake.call('iam', 'PutUserPolicy', {
      UserName: 'analyst',
      PolicyName: 'glue',
      PolicyDocument: onlyOneDb,
    });
    await lake.as('analyst').call('glue', 'CreateDatabase', { DatabaseInput: { Name: 'Sales' } });
    const error = await lake
      .as('analyst')
      .errorOf('glue', 'CreateDatabase', { DatabaseInput: { Name: 'hr' } });
    expect(error.name).toBe('AccessDeniedException');
    expect(error.message).toContain(
      'glue:CreateDatabase on resource: arn:aws:glue:us-east-1:111122223333:database/hr',
    );
  });
});
