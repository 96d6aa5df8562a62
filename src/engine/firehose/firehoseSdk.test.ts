import {
  CreateDeliveryStreamCommand,
  DescribeDeliveryStreamCommand,
  FirehoseClient,
  PutRecordBatchCommand,
  UpdateDestinationCommand,
} from '@aws-sdk/client-firehose';
import { describe, expect, it } from 'vitest';
import { BUCKET, json, keysOf, lakeWithBucket, linesOf, ROLE_ARN } from './firehose.fixtures';

describe('Firehose through the real AWS SDK client', () => {
  it('creates a delivery stream, batches records, bumps the version and delivers GZIP JSON lines', async () => {
    const lake = await lakeWithBucket();
    const firehose = new FirehoseClient(lake.engine.sdkConfig());
    const created = await firehose.send(
      new CreateDeliveryStreamCommand({
        DeliveryStreamName: 'clicks',
        ExtendedS3DestinationConfiguration: {
          RoleARN: ROLE_ARN,
          BucketARN: `arn:aws:s3:::${BUCKET}`,
          BufferingHints: { SizeInMBs: 1, IntervalInSeconds: 60 },
        },
      }),
    );
    expect(created.DeliveryStreamARN).toBe(
      'arn:aws:firehose:us-east-1:111122223333:deliverystream/clicks',
    );
    await lake.advance('5s');
    await firehose.send(
      new UpdateDestinationCommand({
        DeliveryStreamName: 'clicks',
        CurrentDeliveryStreamVersionId: '1',
        DestinationId: 'destinationId-000000000001',
        ExtendedS3DestinationUpdate: { CompressionFormat: 'GZIP' },
      }),
    );
    const described = await firehose.send(
      new DescribeDeliveryStreamCommand({ DeliveryStreamName: 'clicks' }),
    );
    expect(described.DeliveryStreamDescription).toMatchObject({
      DeliveryStreamStatus: 'ACTIVE',
      VersionId: '2',
    });
    expect(described.DeliveryStreamDescription?.CreateTimestamp).toBeInstanceOf(Date);

    const batch = await firehose.send(
      new PutRecordBatchCommand({
        DeliveryStreamName: 'clicks',
        Records: [{ Data: json({ n: 1 }) }, { Data: json({ n: 2 }) }],
      }),
    );
    expect(batch.FailedPutCount).toBe(0);
    expect(batch.RequestResponses).toHaveLength(2);
    await lake.advance('60s');
    const [key] = keysOf(lake);
    expect(key).toMatch(/^2025\/01\/06\/09\/clicks-2-2025-01-06-09-00-05-.*\.gz$/);
    expect(linesOf(lake, key!)).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it('answers an out-of-range buffer size with InvalidArgumentException', async () => {
    const lake = await lakeWithBucket();
    const firehose = new FirehoseClient(lake.engine.sdkConfig());
    const error = await firehose
      .send(
        new CreateDeliveryStreamCommand({
          DeliveryStreamName: 'x',
          ExtendedS3DestinationConfiguration: {
            RoleARN: ROLE_ARN,
            BucketARN: `arn:aws:s3:::${BUCKET}`,
            BufferingHints: { SizeInMBs: 200 },
          },
        }),
      )
      .then(
        () => 'succeeded',
        (e: unknown) => (e as { name: string }).name,
      );
    expect(error).toBe('InvalidArgumentException');
  });
});
