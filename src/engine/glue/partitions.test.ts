import type { Partition } from '@aws-sdk/client-glue';
import { describe, expect, it } from 'vitest';
import type { TestLake } from '../testing/TestLake';
import { lakeWithSales, partitionInput, salesTable, userWithPolicy } from './tables.fixtures';

const table = { DatabaseName: 'shop', TableName: 'sales' };
type BatchErrors = {
  Errors: Array<{
    PartitionValues: string[];
    ErrorDetail: { ErrorCode: string; ErrorMessage: string };
  }>;
};

async function lakeWithDays(days: Array<[string, string, string]>): Promise<TestLake> {
  const lake = await lakeWithSales();
  await lake.call('glue', 'BatchCreatePartition', {
    ...table,
    PartitionInputList: days.map((values) => partitionInput(salesTable, values)),
  });
  return lake;
}

const valuesOf = async (lake: TestLake, input: Record<string, unknown> = {}) =>
  (
    await lake.call<{ Partitions: Partition[] }>('glue', 'GetPartitions', { ...table, ...input })
  ).Partitions.map((p) => p.Values?.join('/'));

describe('Glue partitions', () => {
  it('creates and reads a partition with its location and creation time', async () => {
    const lake = await lakeWithSales();
    await lake.call('glue', 'CreatePartition', {
      ...table,
      PartitionInput: partitionInput(salesTable, ['2025', '01', '6']),
    });
    const { Partition } = await lake.call<{ Partition: Partition }>('glue', 'GetPartition', {
      ...table,
      PartitionValues: ['2025', '01', '6'],
    });
    expect(Partition).toMatchObject({
      Values: ['2025', '01', '6'],
      DatabaseName: 'shop',
      TableName: 'sales',
      CatalogId: '111122223333',
    });
    expect(Partition.StorageDescriptor?.Location).toBe('s3://lake/sales/year=2025/month=01/day=6/');
    expect(Partition.CreationTime).toEqual(lake.now());
  });

  it('needs exactly one value per partition key', async () => {
    const lake = await lakeWithSales();
    const error = await lake.errorOf('glue', 'CreatePartition', {
      ...table,
      PartitionInput: { Values: ['2025', '01'] },
    });
    expect(error.name).toBe('InvalidInputException');
    expect(error.message).toContain(
      'The number of partition keys do not match the number of partition values',
    );
  });

  it('answers AlreadyExistsException and EntityNotFoundException for single partitions', async () => {
    const lake = await lakeWithDays([['2025', '01', '6']]);
    expect(
      await lake.errorOf('glue', 'CreatePartition', {
        ...table,
        PartitionInput: { Values: ['2025', '01', '6'] },
      }),
    ).toMatchObject({ name: 'AlreadyExistsException', message: 'Partition already exists.' });
    expect(
      await lake.errorOf('glue', 'GetPartition', {
        ...table,
        PartitionValues: ['2025', '01', '7'],
      }),
    ).toMatchObject({ name: 'EntityNotFoundException' });
    expect(
      await lake.errorOf('glue', 'GetPartition', {
        DatabaseName: 'shop',
        TableName: 'nope',
        PartitionValues: ['1'],
      }),
    ).toMatchObject({ message: 'Table nope not found.' });
  });

  it('reports each failed entry of BatchCreatePartition in Errors and creates the rest', async () => {
    const lake = await lakeWithDays([['2025', '01', '6']]);
    const { Errors } = await lake.call<BatchErrors>('glue', 'BatchCreatePartition', {
      ...table,
      PartitionInputList: [
        { Values: ['2025', '01', '6'] },
        { Values: ['2025'] },
        { Values: ['2025', '01', '7'] },
      ],
    });
    expect(Errors.map((e) => [e.PartitionValues.join('/'), e.ErrorDetail.ErrorCode])).toEqual([
      ['2025/01/6', 'AlreadyExistsException'],
      ['2025', 'InvalidInputException'],
    ]);
    expect(await valuesOf(lake)).toEqual(['2025/01/6', '2025/01/7']);
  });

  it('updates a partition’s location and can rename its values, keeping its creation time', async () => {
    const lake = await lakeWithDays([['2025', '01', '6']]);
    const created = lake.now();
    await lake.advance('1d');
    await lake.call('glue', 'UpdatePartition', {
      ...table,
      PartitionValueList: ['2025', '01', '6'],
      PartitionInput: {
        Values: ['2025', '01', '16'],
        StorageDescriptor: { Location: 's3://lake/moved/' },
      },
    });
    const { Partition } = await lake.call<{ Partition: Partition }>('glue', 'GetPartition', {
      ...table,
      PartitionValues: ['2025', '01', '16'],
    });
    expect(Partition).toMatchObject({
      StorageDescriptor: { Location: 's3://lake/moved/' },
      CreationTime: created,
    });
    expect(await valuesOf(lake)).toEqual(['2025/01/16']);
  });

  it('deletes partitions, reporting missing ones of a batch, and gets a batch leaving out missing ones', async () => {
    const lake = await lakeWithDays([
      ['2025', '01', '6'],
      ['2025', '01', '7'],
      ['2025', '02', '1'],
    ]);
    await lake.call('glue', 'DeletePartition', { ...table, PartitionValues: ['2025', '01', '6'] });
    const { Errors } = await lake.call<BatchErrors>('glue', 'BatchDeletePartition', {
      ...table,
      PartitionsToDelete: [{ Values: ['2025', '01', '7'] }, { Values: ['2024', '12', '31'] }],
    });
    expect(Errors).toEqual([
      {
        PartitionValues: ['2024', '12', '31'],
        ErrorDetail: {
          ErrorCode: 'EntityNotFoundException',
          ErrorMessage: 'Cannot find partition.',
        },
      },
    ]);
    const got = await lake.call<{ Partitions: Partition[]; UnprocessedKeys: unknown[] }>(
      'glue',
      'BatchGetPartition',
      {
        ...table,
        PartitionsToGet: [{ Values: ['2025', '02', '1'] }, { Values: ['2025', '01', '6'] }],
      },
    );
    expect(got.Partitions.map((p) => p.Values)).toEqual([['2025', '02', '1']]);
    expect(got.UnprocessedKeys).toEqual([]);
  });

  it('filters GetPartitions with AND and IN on string keys', async () => {
    const lake = await lakeWithDays([
      ['2024', '12', '31'],
      ['2025', '01', '6'],
      ['2025', '02', '1'],
      ['2025', '03', '1'],
    ]);
    expect(await valuesOf(lake, { Expression: "year = '2025' AND month IN ('01','02')" })).toEqual([
      '2025/01/6',
      '2025/02/1',
    ]);
  });

  it('compares an int partition key numerically and a string key as text', async () => {
    const lake = await lakeWithDays([
      ['2025', '9', '9'],
      ['2025', '10', '10'],
      ['2025', '11', '2'],
    ]);
    expect(await valuesOf(lake, { Expression: 'day > 5' })).toEqual(['2025/10/10', '2025/9/9']);
    expect(await valuesOf(lake, { Expression: "month > '5'" })).toEqual(['2025/9/9']);
    expect(await valuesOf(lake, { Expression: 'day BETWEEN 2 AND 9' })).toEqual([
      '2025/11/2',
      '2025/9/9',
    ]);
  });

  it('supports OR, NOT, parentheses, LIKE and <>', async () => {
    const lake = await lakeWithDays([
      ['2024', '12', '31'],
      ['2025', '01', '6'],
      ['2025', '02', '1'],
    ]);
    expect(
      await valuesOf(lake, {
        Expression: "NOT (year = '2025' AND month = '01') AND month LIKE '0%'",
      }),
    ).toEqual(['2025/02/1']);
    expect(await valuesOf(lake, { Expression: "year <> '2025' OR day >= 6" })).toEqual([
      '2024/12/31',
      '2025/01/6',
    ]);
    expect(await valuesOf(lake, { Expression: "month NOT IN ('12')" })).toEqual([
      '2025/01/6',
      '2025/02/1',
    ]);
  });

  it('rejects a malformed expression with InvalidInputException naming the problem', async () => {
    const lake = await lakeWithDays([['2025', '01', '6']]);
    const unclosed = await lake.errorOf('glue', 'GetPartitions', {
      ...table,
      Expression: "year = '2025' AND (month = '01'",
    });
    expect(unclosed).toMatchObject({ name: 'InvalidInputException' });
    expect(unclosed.message).toContain('expected )');
    const unknownKey = await lake.errorOf('glue', 'GetPartitions', {
      ...table,
      Expression: "region = 'eu'",
    });
    expect(unknownKey.message).toContain('"region" is not a partition key');
    expect(
      (await lake.errorOf('glue', 'GetPartitions', { ...table, Expression: "year == '2025'" }))
        .name,
    ).toBe('InvalidInputException');
  });

  it('checks glue:GetPartitions on the table ARN', async () => {
    const lake = await lakeWithDays([['2025', '01', '6']]);
    const analyst = await userWithPolicy(lake, 'analyst', [
      {
        Effect: 'Allow',
        Action: 'glue:GetPartitions',
        Resource: [
          'arn:aws:glue:us-east-1:111122223333:catalog',
          'arn:aws:glue:us-east-1:111122223333:database/shop',
        ],
      },
    ]);
    const error = await analyst.errorOf('glue', 'GetPartitions', table);
    expect(error.name).toBe('AccessDeniedException');
    expect(error.message).toContain('arn:aws:glue:us-east-1:111122223333:table/shop/sales');
  });
});
