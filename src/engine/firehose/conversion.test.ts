import { describe, expect, it } from 'vitest';
import { previewObject } from '../formats';
import { firehoseFlow } from './flow';
import {
  bodyOf,
  directPut,
  keysOf,
  lakeWithBucket,
  linesOf,
  putBatch,
  ROLE_ARN,
} from './firehose.fixtures';

async function lakeWithTable() {
  const lake = await lakeWithBucket();
  await lake.call('glue', 'CreateDatabase', { DatabaseInput: { Name: 'web' } });
  await lake.call('glue', 'CreateTable', {
    DatabaseName: 'web',
    TableInput: {
      Name: 'clicks',
      StorageDescriptor: {
        Columns: [
          { Name: 'event_id', Type: 'string' },
          { Name: 'user_id', Type: 'bigint' },
          { Name: 'price', Type: 'double' },
          { Name: 'ts', Type: 'timestamp' },
        ],
        Location: 's3://lake-raw/parquet/',
      },
    },
  });
  await directPut(lake, 'parquet', {
    Prefix: 'parquet/',
    DataFormatConversionConfiguration: {
      Enabled: true,
      SchemaConfiguration: { DatabaseName: 'web', TableName: 'clicks', RoleARN: ROLE_ARN },
      InputFormatConfiguration: { Deserializer: { OpenXJsonSerDe: {} } },
      OutputFormatConfiguration: { Serializer: { ParquetSerDe: {} } },
    },
  });
  return lake;
}

describe('Firehose record format conversion (JSON → Parquet)', () => {
  it('writes a Parquet file with the Glue table schema, matching JSON keys case-insensitively', async () => {
    const lake = await lakeWithTable();
    await putBatch(lake, 'parquet', [
      { event_id: 'e1', USER_ID: 7, price: 9.5, ts: '2025-01-06T09:00:00Z', extra: 'ignored' },
      { event_id: 'e2', user_id: 8, price: 1, ts: '2025-01-06T09:00:01Z' },
    ]);
    await lake.advance('5m');
    const [key] = keysOf(lake);
    expect(key).toMatch(/^parquet\/2025\/01\/06\/09\/parquet-1-[^.]+$/);
    const preview = await previewObject(key!, bodyOf(lake, key!));
    expect(preview.format).toBe('parquet');
    const billed = Object.values(lake.engine.world.ledger).find(
      (l) => l.usageType === 'DataFormatConversion-Bytes',
    );
    expect(billed?.cost).toBeGreaterThan(0);
    expect(preview.columns.map((c) => c.name)).toEqual(['event_id', 'user_id', 'price', 'ts']);
    expect(preview.rows.map((r) => [r[0], Number(r[1]), r[2]])).toEqual([
      ['e1', 7, 9.5],
      ['e2', 8, 1],
    ]);
  });

  it('sends records that do not fit the schema to the error prefix as format-conversion-failed', async () => {
    const lake = await lakeWithTable();
    await putBatch(lake, 'parquet', [
      { event_id: 'ok', user_id: 1 },
      { event_id: 'bad', user_id: 'not a number' },
    ]);
    await lake.advance('5m');
    const errors = keysOf(lake).filter((k) => k.startsWith('format-conversion-failed/'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^format-conversion-failed\/2025\/01\/06\/09\/parquet-1-/);
    expect(linesOf(lake, errors[0]!)[0]).toMatchObject({
      errorCode: 'DataFormatConversion.MalformedData',
    });
    expect(keysOf(lake).filter((k) => k.startsWith('parquet/'))).toHaveLength(1);
    expect(firehoseFlow(lake.engine.world)[0]).toMatchObject({
      deliveredRecords: 1,
      failedRecords: 1,
    });
  });

  it('fails conversion when the schema role cannot read the Glue table', async () => {
    const lake = await lakeWithTable();
    await lake.call('iam', 'PutRolePolicy', {
      RoleName: 'FirehoseDelivery',
      PolicyName: 'deliver',
      PolicyDocument: JSON.stringify({
        Statement: [{ Effect: 'Allow', Action: 's3:PutObject', Resource: '*' }],
      }),
    });
    await putBatch(lake, 'parquet', [{ event_id: 'e1' }]);
    await lake.advance('5m');
    const [key] = keysOf(lake);
    expect(key).toMatch(/^format-conversion-failed\//);
    expect(linesOf(lake, key!)[0]).toMatchObject({
      errorCode: 'DataFormatConversion.AccessDeniedException',
    });
  });
});
