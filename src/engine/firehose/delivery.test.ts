import { describe, expect, it } from 'vitest';
import { previewObject } from '../formats';
import {
  BUCKET,
  bodyOf,
  directPut,
  keysOf,
  lakeWithBucket,
  linesOf,
  putBatch,
} from './firehose.fixtures';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}';

describe('Firehose delivery to S3', () => {
  it('delivers when the buffer interval ends, under YYYY/MM/dd/HH/ with the documented object name', async () => {
    const lake = await lakeWithBucket();
    await directPut(lake, 'clicks');
    await putBatch(lake, 'clicks', [{ n: 1 }, { n: 2 }]);
    await lake.advance('299s');
    expect(keysOf(lake)).toEqual([]);
    await lake.advance('1s');
    const keys = keysOf(lake);
    expect(keys).toHaveLength(1);
    // The stream became ACTIVE at 09:00:05, when the records arrived.
    expect(keys[0]).toMatch(new RegExp(`^2025/01/06/09/clicks-1-2025-01-06-09-00-05-${UUID}$`));
    expect(linesOf(lake, keys[0]!)).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it('delivers as soon as the buffer reaches its size, before the interval', async () => {
    const lake = await lakeWithBucket();
    await directPut(lake, 'big', { BufferingHints: { SizeInMBs: 1, IntervalInSeconds: 900 } });
    const padding = 'x'.repeat(300 * 1024);
    await putBatch(lake, 'big', [{ padding }, { padding }, { padding }]);
    expect(keysOf(lake)).toEqual([]);
    await putBatch(lake, 'big', [{ padding }]);
    expect(keysOf(lake)).toHaveLength(1);
  });

  it('delivers at once with a zero-second interval', async () => {
    const lake = await lakeWithBucket();
    await directPut(lake, 'now', { BufferingHints: { IntervalInSeconds: 0 } });
    await putBatch(lake, 'now', [{ n: 1 }]);
    expect(keysOf(lake)).toHaveLength(1);
  });

  it('writes GZIP objects ending in .gz that the formats preview reads as JSON lines', async () => {
    const lake = await lakeWithBucket();
    await directPut(lake, 'gz', { CompressionFormat: 'GZIP' });
    await putBatch(lake, 'gz', [{ page: '/a' }, { page: '/b' }]);
    await lake.advance('5m');
    const [key] = keysOf(lake);
    expect(key).toMatch(/\.gz$/);
    expect(bodyOf(lake, key!).subarray(0, 2)).toEqual(new Uint8Array([0x1f, 0x8b]));
    const preview = await previewObject(key!, bodyOf(lake, key!));
    expect(preview).toMatchObject({ format: 'json', compression: 'gzip', rows: [['/a'], ['/b']] });
  });

  it('appends the default time prefix to a custom prefix without a timestamp expression', async () => {
    const lake = await lakeWithBucket();
    await directPut(lake, 'raw', { Prefix: 'clickstream/' });
    await putBatch(lake, 'raw', [{ n: 1 }]);
    await lake.advance('5m');
    expect(keysOf(lake)[0]).toMatch(/^clickstream\/2025\/01\/06\/09\/raw-1-/);
  });

  it('evaluates !{timestamp:…} at the arrival time of the oldest record in the object', async () => {
    const lake = await lakeWithBucket();
    await directPut(lake, 'hive', {
      Prefix:
        "year=!{timestamp:yyyy}/month=!{timestamp:MM}/day=!{timestamp:dd}/hour=!{timestamp:HH}/t=!{timestamp:HH'h'mm}/",
      ErrorOutputPrefix: 'errors/!{firehose:error-output-type}/',
    });
    await lake.advance('58m');
    await putBatch(lake, 'hive', [{ n: 1 }]);
    await lake.advance('2m');
    await putBatch(lake, 'hive', [{ n: 2 }]);
    await lake.advance('5m');
    const [key] = keysOf(lake);
    expect(key).toMatch(
      /^year=2025\/month=01\/day=06\/hour=09\/t=09h58\/hive-1-2025-01-06-09-58-05-/,
    );
    expect(linesOf(lake, key!)).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it('fills !{firehose:random-string} with 11 random characters (and appends the default time, having no timestamp)', async () => {
    const lake = await lakeWithBucket();
    await directPut(lake, 'rnd', {
      Prefix: 'r/!{firehose:random-string}/',
      ErrorOutputPrefix: 'e/!{firehose:error-output-type}/',
    });
    await putBatch(lake, 'rnd', [{ n: 1 }]);
    await lake.advance('5m');
    expect(keysOf(lake)[0]).toMatch(/^r\/[A-Za-z0-9]{11}\/2025\/01\/06\/09\/rnd-1-/);
  });

  it('uses the stream version in object names after UpdateDestination', async () => {
    const lake = await lakeWithBucket();
    await directPut(lake, 'clicks');
    await lake.call('firehose', 'UpdateDestination', {
      DeliveryStreamName: 'clicks',
      CurrentDeliveryStreamVersionId: '1',
      DestinationId: 'destinationId-000000000001',
      ExtendedS3DestinationUpdate: { CompressionFormat: 'GZIP' },
    });
    await putBatch(lake, 'clicks', [{ n: 1 }]);
    await lake.advance('5m');
    expect(keysOf(lake)[0]).toMatch(/\/clicks-2-2025-.*\.gz$/);
  });

  it('writes each dynamic partition to its own prefix and unextractable records to the error prefix', async () => {
    const lake = await lakeWithBucket();
    await directPut(lake, 'parts', {
      Prefix: 'device=!{partitionKeyFromQuery:device}/country=!{partitionKeyFromQuery:country}/',
      ErrorOutputPrefix: 'errors/!{firehose:error-output-type}/',
      BufferingHints: { SizeInMBs: 64, IntervalInSeconds: 60 },
      DynamicPartitioningConfiguration: { Enabled: true },
      ProcessingConfiguration: {
        Enabled: true,
        Processors: [
          {
            Type: 'MetadataExtraction',
            Parameters: [
              {
                ParameterName: 'MetadataExtractionQuery',
                ParameterValue: '{device:.device, country:.geo.country}',
              },
            ],
          },
        ],
      },
    });
    await putBatch(lake, 'parts', [
      { device: 'mobile', geo: { country: 'US' } },
      { device: 'desktop', geo: { country: 'DE' } },
      { device: 'mobile', geo: { country: 'US' }, n: 2 },
      { device: 'tablet' },
    ]);
    const errors = keysOf(lake);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^errors\/processing-failed\/parts-1-/);
    const failure = linesOf(lake, errors[0]!)[0] as { errorCode: string; rawData: string };
    expect(failure.errorCode).toBe('DynamicPartitioning.MetadataExtractionFailed');
    expect(atob(failure.rawData)).toContain('tablet');
    await lake.advance('60s');
    const data = keysOf(lake).filter((k) => !k.startsWith('errors/'));
    expect(data.map((k) => k.split('/').slice(0, 2).join('/'))).toEqual([
      'device=desktop/country=DE',
      'device=mobile/country=US',
    ]);
    expect(linesOf(lake, data[1]!)).toHaveLength(2);
  });

  it('sends records for a 501st active partition to the error prefix', async () => {
    const lake = await lakeWithBucket();
    await directPut(lake, 'many', {
      Prefix: 'n=!{partitionKeyFromQuery:n}/',
      ErrorOutputPrefix: 'errors/!{firehose:error-output-type}/',
      BufferingHints: { SizeInMBs: 64, IntervalInSeconds: 60 },
      DynamicPartitioningConfiguration: { Enabled: true },
      ProcessingConfiguration: {
        Enabled: true,
        Processors: [
          {
            Type: 'MetadataExtraction',
            Parameters: [{ ParameterName: 'MetadataExtractionQuery', ParameterValue: '{n:.n}' }],
          },
        ],
      },
    });
    const values = Array.from({ length: 501 }, (_, n) => ({ n }));
    await putBatch(lake, 'many', values.slice(0, 500));
    await putBatch(lake, 'many', values.slice(500));
    const [error] = keysOf(lake);
    expect(linesOf(lake, error!)).toMatchObject([{ errorCode: 'activePartitionExceeded' }]);
    await lake.advance('60s');
    expect(keysOf(lake).filter((k) => k.startsWith('n='))).toHaveLength(500);
  });

  it('writes as the stream role: without s3:PutObject nothing lands, Describe shows the error, a later retry delivers', async () => {
    const lake = await lakeWithBucket(
      JSON.stringify({ Statement: [{ Effect: 'Allow', Action: 'glue:GetTable', Resource: '*' }] }),
    );
    await directPut(lake, 'denied');
    await putBatch(lake, 'denied', [{ n: 1 }]);
    await lake.advance('5m');
    expect(keysOf(lake)).toEqual([]);
    const out = await lake.call<{
      DeliveryStreamDescription: { FailureDescription?: { Details: string } };
    }>('firehose', 'DescribeDeliveryStream', { DeliveryStreamName: 'denied' });
    expect(out.DeliveryStreamDescription.FailureDescription?.Details).toMatch(/^S3\.AccessDenied/);
    await lake.call('iam', 'PutRolePolicy', {
      RoleName: 'FirehoseDelivery',
      PolicyName: 'write',
      PolicyDocument: JSON.stringify({
        Statement: [
          { Effect: 'Allow', Action: 's3:PutObject', Resource: `arn:aws:s3:::${BUCKET}/*` },
        ],
      }),
    });
    await lake.advance('1m');
    expect(keysOf(lake)).toHaveLength(1);
  });

  it('cannot deliver as a role that does not trust firehose.amazonaws.com', async () => {
    const lake = await lakeWithBucket();
    const glueOnly = {
      Statement: [
        { Effect: 'Allow', Principal: { Service: 'glue.amazonaws.com' }, Action: 'sts:AssumeRole' },
      ],
    };
    await lake.call('iam', 'UpdateAssumeRolePolicy', {
      RoleName: 'FirehoseDelivery',
      PolicyDocument: JSON.stringify(glueOnly),
    });
    await directPut(lake, 'untrusted');
    await putBatch(lake, 'untrusted', [{ n: 1 }]);
    await lake.advance('5m');
    expect(keysOf(lake)).toEqual([]);
    const out = await lake.call<{
      DeliveryStreamDescription: { FailureDescription?: { Details: string } };
    }>('firehose', 'DescribeDeliveryStream', { DeliveryStreamName: 'untrusted' });
    expect(out.DeliveryStreamDescription.FailureDescription?.Details).toContain(
      'unable to assume role',
    );
  });

  it('refuses more than 500 records per batch and records over 1,000 KiB', async () => {
    const lake = await lakeWithBucket();
    await directPut(lake, 'limits');
    const many = Array.from({ length: 501 }, () => ({ Data: new Uint8Array(1) }));
    expect(
      (
        await lake.errorOf('firehose', 'PutRecordBatch', {
          DeliveryStreamName: 'limits',
          Records: many,
        })
      ).name,
    ).toBe('InvalidArgumentException');
    const big = { DeliveryStreamName: 'limits', Record: { Data: new Uint8Array(1000 * 1024 + 1) } };
    expect((await lake.errorOf('firehose', 'PutRecord', big)).name).toBe(
      'InvalidArgumentException',
    );
  });

  it('bills ingestion per record rounded up to 5 KB', async () => {
    const lake = await lakeWithBucket();
    await directPut(lake, 'billed');
    await putBatch(lake, 'billed', [{ n: 1 }, { n: 2 }]);
    const line = Object.values(lake.engine.world.ledger).find((l) => l.usageType === 'BilledBytes');
    expect(line?.quantity).toBeCloseTo((2 * 5 * 1024) / 1024 ** 3, 15);
  });
});
