import { describe, expect, it } from 'vitest';
import { destination, directPut, lakeWithBucket } from './firehose.fixtures';

type Described = {
  DeliveryStreamDescription: {
    DeliveryStreamStatus: string;
    VersionId: string;
    Destinations: {
      DestinationId: string;
      ExtendedS3DestinationDescription: {
        BufferingHints: { SizeInMBs: number; IntervalInSeconds: number };
        CompressionFormat: string;
        Prefix?: string;
      };
    }[];
  };
};

async function createError(extra: Record<string, unknown>) {
  const lake = await lakeWithBucket();
  return lake.errorOf('firehose', 'CreateDeliveryStream', {
    DeliveryStreamName: 'clicks',
    ExtendedS3DestinationConfiguration: destination(extra),
  });
}

const conversion = {
  DataFormatConversionConfiguration: {
    Enabled: true,
    SchemaConfiguration: {
      DatabaseName: 'web',
      TableName: 'clicks',
      RoleARN: 'arn:aws:iam::111122223333:role/FirehoseDelivery',
    },
    InputFormatConfiguration: { Deserializer: { OpenXJsonSerDe: {} } },
    OutputFormatConfiguration: { Serializer: { ParquetSerDe: {} } },
  },
};
const partitioning = (query: string) => ({
  DynamicPartitioningConfiguration: { Enabled: true },
  ProcessingConfiguration: {
    Enabled: true,
    Processors: [
      {
        Type: 'MetadataExtraction',
        Parameters: [
          { ParameterName: 'MetadataExtractionQuery', ParameterValue: query },
          { ParameterName: 'JsonParsingEngine', ParameterValue: 'JQ-1.6' },
        ],
      },
    ],
  },
  BufferingHints: { SizeInMBs: 64, IntervalInSeconds: 60 },
});

describe('Firehose delivery stream configuration', () => {
  it('defaults the S3 buffer to 5 MiB and 300 seconds, uncompressed, version 1, CREATING then ACTIVE', async () => {
    const lake = await lakeWithBucket();
    await lake.call('firehose', 'CreateDeliveryStream', {
      DeliveryStreamName: 'clicks',
      ExtendedS3DestinationConfiguration: destination(),
    });
    const describe = () =>
      lake.call<Described>('firehose', 'DescribeDeliveryStream', { DeliveryStreamName: 'clicks' });
    const before = (await describe()).DeliveryStreamDescription;
    expect(before.DeliveryStreamStatus).toBe('CREATING');
    expect(before.VersionId).toBe('1');
    expect(before.Destinations[0]!.ExtendedS3DestinationDescription).toMatchObject({
      BufferingHints: { SizeInMBs: 5, IntervalInSeconds: 300 },
      CompressionFormat: 'UNCOMPRESSED',
    });
    await lake.advance('5s');
    expect((await describe()).DeliveryStreamDescription.DeliveryStreamStatus).toBe('ACTIVE');
  });

  it('accepts buffer sizes 1–128 MiB and intervals 0–900 s, and nothing outside them', async () => {
    for (const hints of [
      { SizeInMBs: 0 },
      { SizeInMBs: 129 },
      { IntervalInSeconds: 901 },
      { IntervalInSeconds: -1 },
    ])
      expect((await createError({ BufferingHints: hints })).name).toBe('InvalidArgumentException');
    const lake = await lakeWithBucket();
    await directPut(lake, 'edges', { BufferingHints: { SizeInMBs: 128, IntervalInSeconds: 0 } });
    await directPut(lake, 'low', { BufferingHints: { SizeInMBs: 1, IntervalInSeconds: 900 } });
  });

  it('accepts the five S3 compression formats only', async () => {
    const lake = await lakeWithBucket();
    for (const format of ['UNCOMPRESSED', 'GZIP', 'Snappy', 'HADOOP_SNAPPY', 'ZIP'])
      await directPut(lake, `s-${format}`, { CompressionFormat: format });
    expect((await createError({ CompressionFormat: 'BZIP2' })).name).toBe(
      'InvalidArgumentException',
    );
  });

  it('requires UNCOMPRESSED and a buffer of at least 64 MiB with format conversion, defaulting it to 128', async () => {
    expect((await createError({ ...conversion, CompressionFormat: 'GZIP' })).message).toContain(
      'UNCOMPRESSED',
    );
    expect(
      (await createError({ ...conversion, BufferingHints: { SizeInMBs: 32 } })).message,
    ).toContain('at least 64');
    const lake = await lakeWithBucket();
    await directPut(lake, 'parquet', conversion);
    const out = await lake.call<Described>('firehose', 'DescribeDeliveryStream', {
      DeliveryStreamName: 'parquet',
    });
    expect(
      out.DeliveryStreamDescription.Destinations[0]!.ExtendedS3DestinationDescription.BufferingHints
        .SizeInMBs,
    ).toBe(128);
  });

  it('forbids !{firehose:error-output-type} in Prefix', async () => {
    const error = await createError({
      Prefix: 'data/!{firehose:error-output-type}/',
      ErrorOutputPrefix: 'err/!{firehose:error-output-type}/',
    });
    expect(error.message).toContain('only allowed in ErrorOutputPrefix');
  });

  it('requires an ErrorOutputPrefix when Prefix uses expressions', async () => {
    expect((await createError({ Prefix: 'data/!{timestamp:yyyy}/' })).message).toContain(
      'ErrorOutputPrefix cannot be null',
    );
  });

  it('requires !{firehose:error-output-type} in an ErrorOutputPrefix that uses expressions', async () => {
    const error = await createError({
      Prefix: 'data/!{timestamp:yyyy}/',
      ErrorOutputPrefix: 'errors/!{timestamp:yyyy}/',
    });
    expect(error.message).toContain('must include !{firehose:error-output-type}');
  });

  it('checks that !{partitionKeyFromQuery:k} names a key of the MetadataExtraction query', async () => {
    const ok = await lakeWithBucket();
    await directPut(ok, 'partitioned', {
      ...partitioning('{device:.device}'),
      Prefix: 'device=!{partitionKeyFromQuery:device}/',
      ErrorOutputPrefix: 'errors/',
    });
    const error = await createError({
      ...partitioning('{device:.device}'),
      Prefix: 'country=!{partitionKeyFromQuery:country}/',
      ErrorOutputPrefix: 'errors/',
    });
    expect(error.message).toContain('does not define');
  });

  it('requires an ErrorOutputPrefix with dynamic partitioning', async () => {
    const error = await createError({
      ...partitioning('{device:.device}'),
      Prefix: 'device=!{partitionKeyFromQuery:device}/',
    });
    expect(error.name).toBe('InvalidArgumentException');
  });

  it('refuses zero buffering with dynamic partitioning', async () => {
    const hints = { BufferingHints: { SizeInMBs: 64, IntervalInSeconds: 0 } };
    const error = await createError({
      ...partitioning('{d:.d}'),
      ...hints,
      ErrorOutputPrefix: 'errors/',
    });
    expect(error.message).toContain('cannot be 0');
  });

  it('takes at most 50 partition keys', async () => {
    const keys = Array.from({ length: 51 }, (_, i) => `k${i}:.k${i}`).join(',');
    expect(
      (await createError({ ...partitioning(`{${keys}}`), ErrorOutputPrefix: 'errors/' })).message,
    ).toContain('at most 50');
  });

  it('bumps the version on UpdateDestination and refuses a stale version id', async () => {
    const lake = await lakeWithBucket();
    await directPut(lake, 'clicks');
    const update = (version: string) => ({
      DeliveryStreamName: 'clicks',
      CurrentDeliveryStreamVersionId: version,
      DestinationId: 'destinationId-000000000001',
      ExtendedS3DestinationUpdate: { CompressionFormat: 'GZIP', Prefix: 'raw/' },
    });
    await lake.call('firehose', 'UpdateDestination', update('1'));
    const out = await lake.call<Described>('firehose', 'DescribeDeliveryStream', {
      DeliveryStreamName: 'clicks',
    });
    expect(out.DeliveryStreamDescription.VersionId).toBe('2');
    expect(
      out.DeliveryStreamDescription.Destinations[0]!.ExtendedS3DestinationDescription,
    ).toMatchObject({
      CompressionFormat: 'GZIP',
      Prefix: 'raw/',
      BufferingHints: { SizeInMBs: 5, IntervalInSeconds: 300 },
    });
    expect((await lake.errorOf('firehose', 'UpdateDestination', update('1'))).name).toBe(
      'ConcurrentModificationException',
    );
  });

  it('needs iam:PassRole on the delivery role to create a stream that acts as it', async () => {
    const lake = await lakeWithBucket();
    await lake.call('iam', 'CreateUser', { UserName: 'engineer' });
    await lake.call('iam', 'PutUserPolicy', {
      UserName: 'engineer',
      PolicyName: 'firehose',
      PolicyDocument: JSON.stringify({
        Statement: [{ Effect: 'Allow', Action: 'firehose:*', Resource: '*' }],
      }),
    });
    const create = {
      DeliveryStreamName: 'clicks',
      ExtendedS3DestinationConfiguration: destination(),
    };
    const error = await lake.as('engineer').errorOf('firehose', 'CreateDeliveryStream', create);
    expect(error.message).toContain('iam:PassRole');
    await lake.call('iam', 'PutUserPolicy', {
      UserName: 'engineer',
      PolicyName: 'pass',
      PolicyDocument: JSON.stringify({
        Statement: [{ Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' }],
      }),
    });
    await lake.as('engineer').call('firehose', 'CreateDeliveryStream', create);
  });

  // Firehose: "You can't delete a Firehose stream that is in the CREATING state" (API_DeleteDeliveryStream.html).
  it('refuses to delete a stream still CREATING (ResourceInUseException) and deletes it once ACTIVE', async () => {
    const lake = await lakeWithBucket();
    await lake.call('firehose', 'CreateDeliveryStream', {
      DeliveryStreamName: 'clicks',
      ExtendedS3DestinationConfiguration: destination(),
    });
    const refused = await lake.errorOf('firehose', 'DeleteDeliveryStream', {
      DeliveryStreamName: 'clicks',
    });
    expect(refused.name).toBe('ResourceInUseException');
    expect(refused.message).toMatch(/clicks .* is CREATING/);
    await lake.advance('5s');
    await lake.call('firehose', 'DeleteDeliveryStream', { DeliveryStreamName: 'clicks' });
    expect(
      (await lake.errorOf('firehose', 'DescribeDeliveryStream', { DeliveryStreamName: 'clicks' }))
        .name,
    ).toBe('ResourceNotFoundException');
  });

  it('lists and deletes delivery streams', async () => {
    const lake = await lakeWithBucket();
    await directPut(lake, 'b');
    await directPut(lake, 'a');
    expect(
      (await lake.call<{ DeliveryStreamNames: string[] }>('firehose', 'ListDeliveryStreams', {}))
        .DeliveryStreamNames,
    ).toEqual(['a', 'b']);
    await lake.call('firehose', 'DeleteDeliveryStream', { DeliveryStreamName: 'a' });
    expect(
      (await lake.errorOf('firehose', 'DescribeDeliveryStream', { DeliveryStreamName: 'a' })).name,
    ).toBe('ResourceNotFoundException');
  });
});
