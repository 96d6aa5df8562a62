import {
  CreateDeliveryStreamCommand,
  DescribeDeliveryStreamCommand,
  FirehoseClient,
  ListDeliveryStreamsCommand,
  UpdateDestinationCommand,
} from '@aws-sdk/client-firehose';
import { describe, expect, it } from 'vitest';
import {
  BUCKET,
  destination,
  directPut,
  keysOf,
  lakeWithBucket,
  putBatch,
  ROLE_ARN,
} from './firehose.fixtures';

const KEY_ARN = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const nameOf = (e: unknown) => (e as { name: string }).name;

async function client() {
  const lake = await lakeWithBucket();
  return { lake, firehose: new FirehoseClient(lake.engine.sdkConfig()) };
}

const describeStream = (firehose: FirehoseClient, name: string) =>
  firehose
    .send(new DescribeDeliveryStreamCommand({ DeliveryStreamName: name }))
    .then((r) => r.DeliveryStreamDescription!);

describe('DescribeDeliveryStream destinations', () => {
  // API_CreateDeliveryStream.html: without BufferingHints Firehose buffers 5 MB or 5 minutes; no encryption by default.
  it('reports the S3 destination with its documented defaults in both S3 descriptions', async () => {
    const { firehose } = await client();
    await firehose.send(
      new CreateDeliveryStreamCommand({
        DeliveryStreamName: 'plain',
        S3DestinationConfiguration: { RoleARN: ROLE_ARN, BucketARN: `arn:aws:s3:::${BUCKET}` },
      }),
    );
    const [dest] = (await describeStream(firehose, 'plain')).Destinations!;
    const expected = {
      RoleARN: ROLE_ARN,
      BucketARN: `arn:aws:s3:::${BUCKET}`,
      BufferingHints: { SizeInMBs: 5, IntervalInSeconds: 300 },
      CompressionFormat: 'UNCOMPRESSED',
      EncryptionConfiguration: { NoEncryptionConfig: 'NoEncryption' },
      CloudWatchLoggingOptions: { Enabled: false },
    };
    expect(dest?.DestinationId).toBe('destinationId-000000000001');
    expect(dest?.S3DestinationDescription).toEqual(expected);
    expect(dest?.ExtendedS3DestinationDescription).toMatchObject(expected);
  });

  // API_EncryptionConfiguration.html / API_CloudWatchLoggingOptions.html: the destination keeps what was configured.
  it('echoes KMS encryption and CloudWatch logging options, and keeps them across an update that omits them', async () => {
    const { lake, firehose } = await client();
    await directPut(lake, 'secure', {
      EncryptionConfiguration: { KMSEncryptionConfig: { AWSKMSKeyARN: KEY_ARN } },
      CloudWatchLoggingOptions: {
        Enabled: true,
        LogGroupName: '/aws/kinesisfirehose/secure',
        LogStreamName: 'DestinationDelivery',
      },
    });
    await firehose.send(
      new UpdateDestinationCommand({
        DeliveryStreamName: 'secure',
        CurrentDeliveryStreamVersionId: '1',
        DestinationId: 'destinationId-000000000001',
        ExtendedS3DestinationUpdate: { CompressionFormat: 'GZIP' },
      }),
    );
    const [dest] = (await describeStream(firehose, 'secure')).Destinations!;
    expect(dest?.ExtendedS3DestinationDescription).toMatchObject({
      CompressionFormat: 'GZIP',
      EncryptionConfiguration: { KMSEncryptionConfig: { AWSKMSKeyARN: KEY_ARN } },
      CloudWatchLoggingOptions: {
        Enabled: true,
        LogGroupName: '/aws/kinesisfirehose/secure',
        LogStreamName: 'DestinationDelivery',
      },
    });
  });

  it('writes objects with SSE-KMS under the configured key', async () => {
    const lake = await lakeWithBucket();
    await directPut(lake, 'secure', {
      EncryptionConfiguration: { KMSEncryptionConfig: { AWSKMSKeyARN: KEY_ARN } },
      BufferingHints: { SizeInMBs: 1, IntervalInSeconds: 60 },
    });
    await putBatch(lake, 'secure', [{ n: 1 }]);
    await lake.advance('60s');
    const [key] = keysOf(lake);
    const head = await lake.call('s3', 'HeadObject', { Bucket: BUCKET, Key: key });
    expect(head).toMatchObject({ ServerSideEncryption: 'aws:kms', SSEKMSKeyId: KEY_ARN });
  });

  // API_SchemaConfiguration.html: Region defaults to the current Region, VersionId to LATEST.
  it('reports the conversion schema in the stream Region with the deserializer given', async () => {
    const { lake, firehose } = await client();
    await directPut(lake, 'parquet', {
      DataFormatConversionConfiguration: {
        Enabled: true,
        SchemaConfiguration: { DatabaseName: 'web', TableName: 'clicks', RoleARN: ROLE_ARN },
        InputFormatConfiguration: { Deserializer: { HiveJsonSerDe: {} } },
        OutputFormatConfiguration: { Serializer: { ParquetSerDe: { Compression: 'GZIP' } } },
      },
    });
    const [dest] = (await describeStream(firehose, 'parquet')).Destinations!;
    expect(dest?.ExtendedS3DestinationDescription?.DataFormatConversionConfiguration).toEqual({
      Enabled: true,
      SchemaConfiguration: {
        RoleARN: ROLE_ARN,
        DatabaseName: 'web',
        TableName: 'clicks',
        Region: lake.engine.world.region,
        VersionId: 'LATEST',
      },
      InputFormatConfiguration: { Deserializer: { HiveJsonSerDe: {} } },
      OutputFormatConfiguration: { Serializer: { ParquetSerDe: { Compression: 'GZIP' } } },
    });
  });

  // API_DescribeDeliveryStream.html: destinations start after ExclusiveStartDestinationId.
  it('returns no destination after the stream’s only destination id', async () => {
    const { lake, firehose } = await client();
    await directPut(lake, 'clicks');
    const described = await firehose.send(
      new DescribeDeliveryStreamCommand({
        DeliveryStreamName: 'clicks',
        ExclusiveStartDestinationId: 'destinationId-000000000001',
      }),
    );
    expect(described.DeliveryStreamDescription?.Destinations).toEqual([]);
    expect(described.DeliveryStreamDescription?.HasMoreDestinations).toBe(false);
  });
});

describe('CreateDeliveryStream and UpdateDestination rules', () => {
  // API_CreateDeliveryStream.html: "You must specify only one of the following destination configuration parameters".
  it('refuses two destination configurations with InvalidArgumentException', async () => {
    const { firehose } = await client();
    const error = await firehose
      .send(
        new CreateDeliveryStreamCommand({
          DeliveryStreamName: 'two',
          S3DestinationConfiguration: destination(),
          ExtendedS3DestinationConfiguration: destination(),
        }),
      )
      .catch(nameOf);
    expect(error).toBe('InvalidArgumentException');
  });

  // API_CreateDeliveryStream.html: "By default, you can create up to 5,000 Firehose streams per Region".
  it('allows more than 50 streams in a Region', async () => {
    const { lake } = await client();
    for (let i = 0; i <= 50; i++)
      await lake.call('firehose', 'CreateDeliveryStream', {
        DeliveryStreamName: `s${i}`,
        ExtendedS3DestinationConfiguration: destination(),
      });
    const listed = await lake.call<{ DeliveryStreamNames: string[] }>(
      'firehose',
      'ListDeliveryStreams',
      { Limit: 100 },
    );
    expect(listed.DeliveryStreamNames).toHaveLength(51);
  });

  // API_UpdateDestination.html lists ResourceInUseException: a stream still CREATING cannot be updated.
  it('refuses to update the destination of a stream still CREATING', async () => {
    const { firehose } = await client();
    await firehose.send(
      new CreateDeliveryStreamCommand({
        DeliveryStreamName: 'new',
        ExtendedS3DestinationConfiguration: destination(),
      }),
    );
    const error = await firehose
      .send(
        new UpdateDestinationCommand({
          DeliveryStreamName: 'new',
          CurrentDeliveryStreamVersionId: '1',
          DestinationId: 'destinationId-000000000001',
          ExtendedS3DestinationUpdate: { CompressionFormat: 'GZIP' },
        }),
      )
      .catch(nameOf);
    expect(error).toBe('ResourceInUseException');
  });
});

describe('ListDeliveryStreams', () => {
  // API_ListDeliveryStreams.html: names in alphabetical order, Limit (default 10), HasMoreDeliveryStreams, ExclusiveStartDeliveryStreamName, DeliveryStreamType filter.
  it('lists names alphabetically in pages and filters by type', async () => {
    const { lake, firehose } = await client();
    for (const name of ['c', 'a', 'b'])
      await lake.call('firehose', 'CreateDeliveryStream', {
        DeliveryStreamName: name,
        ExtendedS3DestinationConfiguration: destination(),
      });
    const first = await firehose.send(new ListDeliveryStreamsCommand({ Limit: 2 }));
    expect(first).toMatchObject({ DeliveryStreamNames: ['a', 'b'], HasMoreDeliveryStreams: true });
    const next = await firehose.send(
      new ListDeliveryStreamsCommand({ Limit: 2, ExclusiveStartDeliveryStreamName: 'b' }),
    );
    expect(next).toMatchObject({ DeliveryStreamNames: ['c'], HasMoreDeliveryStreams: false });
    const kinesis = await firehose.send(
      new ListDeliveryStreamsCommand({ DeliveryStreamType: 'KinesisStreamAsSource' }),
    );
    expect(kinesis.DeliveryStreamNames).toEqual([]);
  });

  it('refuses a Limit outside 1-10000 with InvalidArgumentException', async () => {
    const { firehose } = await client();
    const error = await firehose.send(new ListDeliveryStreamsCommand({ Limit: 0 })).catch(nameOf);
    expect(error).toBe('InvalidArgumentException');
  });
});

describe('DirectPutSourceConfiguration', () => {
  // API_DirectPutSourceConfiguration.html / API_SourceDescription.html: the hint is kept and described.
  it('describes the ThroughputHintInMBs given on create', async () => {
    const { firehose } = await client();
    await firehose.send(
      new CreateDeliveryStreamCommand({
        DeliveryStreamName: 'hinted',
        DirectPutSourceConfiguration: { ThroughputHintInMBs: 10 },
        ExtendedS3DestinationConfiguration: destination(),
      }),
    );
    const description = await describeStream(firehose, 'hinted');
    expect(description.Source).toEqual({ DirectPutSourceDescription: { ThroughputHintInMBs: 10 } });
  });
});
