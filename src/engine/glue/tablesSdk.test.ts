import {
  BatchCreatePartitionCommand,
  CreateDatabaseCommand,
  CreatePartitionCommand,
  CreateTableCommand,
  GetPartitionsCommand,
  GetTableCommand,
  GetTableVersionsCommand,
  GlueClient,
  SearchTablesCommand,
  UpdateTableCommand,
} from '@aws-sdk/client-glue';
import { describe, expect, it } from 'vitest';
import { failureOf } from '../testing/sdkFailure';
import { createEngine } from '../index';
import { partitionInput, salesTable } from './tables.fixtures';

describe('Glue tables and partitions through the real GlueClient', () => {
  it('creates, updates and reads a table with Date times and epoch-second input dates', async () => {
    const engine = createEngine();
    const glue = new GlueClient(engine.sdkConfig());
    await glue.send(new CreateDatabaseCommand({ DatabaseInput: { Name: 'shop' } }));
    const lastAccess = new Date('2025-01-01T12:00:00.000Z');
    await glue.send(
      new CreateTableCommand({
        DatabaseName: 'shop',
        TableInput: { ...salesTable, LastAccessTime: lastAccess },
      }),
    );
    await glue.send(
      new UpdateTableCommand({
        DatabaseName: 'shop',
        TableInput: { ...salesTable, Description: 'daily sales' },
      }),
    );
    const { Table } = await glue.send(new GetTableCommand({ DatabaseName: 'shop', Name: 'Sales' }));
    expect(Table).toMatchObject({
      Name: 'sales',
      VersionId: '1',
      Description: 'daily sales',
      IsRegisteredWithLakeFormation: false,
    });
    expect(Table?.CreateTime).toEqual(engine.clock.now());
    const { TableVersions } = await glue.send(
      new GetTableVersionsCommand({ DatabaseName: 'shop', TableName: 'sales' }),
    );
    expect(TableVersions?.[1]?.Table?.LastAccessTime).toEqual(lastAccess);
    expect(
      (await glue.send(new SearchTablesCommand({ SearchText: 'daily' }))).TableList?.map(
        (t) => t.Name,
      ),
    ).toEqual(['sales']);
  });

  it('creates partitions, filters them with an Expression, and rebuilds the errors', async () => {
    const engine = createEngine();
    const glue = new GlueClient(engine.sdkConfig());
    await glue.send(new CreateDatabaseCommand({ DatabaseInput: { Name: 'shop' } }));
    await glue.send(new CreateTableCommand({ DatabaseName: 'shop', TableInput: salesTable }));
    const { Errors } = await glue.send(
      new BatchCreatePartitionCommand({
        DatabaseName: 'shop',
        TableName: 'sales',
        PartitionInputList: [
          partitionInput(salesTable, ['2025', '01', '6']),
          partitionInput(salesTable, ['2025', '02', '1']),
          { Values: ['x'] },
        ],
      }),
    );
    expect(Errors?.map((e) => e.ErrorDetail?.ErrorCode)).toEqual(['InvalidInputException']);
    const { Partitions } = await glue.send(
      new GetPartitionsCommand({
        DatabaseName: 'shop',
        TableName: 'sales',
        Expression: "month = '02'",
      }),
    );
    expect(Partitions?.map((p) => p.Values)).toEqual([['2025', '02', '1']]);
    expect(Partitions?.[0]?.CreationTime).toEqual(engine.clock.now());
    const duplicate = await failureOf(
      glue.send(
        new CreatePartitionCommand({
          DatabaseName: 'shop',
          TableName: 'sales',
          PartitionInput: { Values: ['2025', '01', '6'] },
        }),
      ),
    );
    expect(duplicate.name).toBe('AlreadyExistsException');
    const malformed = await failureOf(
      glue.send(
        new GetPartitionsCommand({
          DatabaseName: 'shop',
          TableName: 'sales',
          Expression: 'year = ',
        }),
      ),
    );
    expect(malformed).toMatchObject({ name: 'InvalidInputException' });
  });
});
