import { describe, expect, it } from 'vitest';
import { lakeWithStream, utf8 } from '../kinesis/kinesis.fixtures';
import { BUCKET, json, keysOf, lakeWithBucket, linesOf, ROLE_ARN } from './firehose.fixtures';

describe('Firehose sources', () => {
  it('refuses puts while the delivery stream is CREATING', async () => {
    const lake = await lakeWithBucket();
    await lake.call('firehose', 'CreateDeliveryStream', {
      DeliveryStreamName: 'new',
      ExtendedS3DestinationConfiguration: {
        RoleARN: ROLE_ARN,
        BucketARN: `arn:aws:s3:::${BUCKET}`,
      },
    });
    expect(
      (
        await lake.errorOf('firehose', 'PutRecord', {
          DeliveryStreamName: 'new',
          Record: { Data: json({}) },
        })
      ).name,
    ).toBe('ResourceNotFoundException');
  });

  it('reads a Kinesis data stream as records arrive, and refuses direct puts to such a stream', async () => {
    const lake = await lakeWithBucket();
    await lakeWithStream('clicks', 2, lake);
    await lake.call('firehose', 'CreateDeliveryStream', {
      DeliveryStreamName: 'from-kinesis',
      DeliveryStreamType: 'KinesisStreamAsSource',
      KinesisStreamSourceConfiguration: {
        KinesisStreamARN: 'arn:aws:kinesis:us-east-1:111122223333:stream/clicks',
        RoleARN: ROLE_ARN,
      },
      ExtendedS3DestinationConfiguration: {
        RoleARN: ROLE_ARN,
        BucketARN: `arn:aws:s3:::${BUCKET}`,
        BufferingHints: { IntervalInSeconds: 60 },
      },
    });
    await lake.advance('5s');
    expect(
      (
        await lake.errorOf('firehose', 'PutRecord', {
          DeliveryStreamName: 'from-kinesis',
          Record: { Data: json({}) },
        })
      ).name,
    ).toBe('InvalidArgumentException');
    await lake.call('kinesis', 'PutRecords', {
      StreamName: 'clicks',
      Records: ['a', 'b', 'c'].map((k) => ({ PartitionKey: k, Data: utf8(`{"k":"${k}"}\n`) })),
    });
    await lake.advance('60s');
    const [key] = keysOf(lake);
    expect(
      linesOf(lake, key!)
        .map((l) => (l as { k: string }).k)
        .sort(),
    ).toEqual(['a', 'b', 'c']);
  });

  it('needs KinesisStreamSourceConfiguration for a KinesisStreamAsSource stream', async () => {
    const lake = await lakeWithBucket();
    const error = await lake.errorOf('firehose', 'CreateDeliveryStream', {
      DeliveryStreamName: 'x',
      DeliveryStreamType: 'KinesisStreamAsSource',
      ExtendedS3DestinationConfiguration: {
        RoleARN: ROLE_ARN,
        BucketARN: `arn:aws:s3:::${BUCKET}`,
      },
    });
    expect(error.name).toBe('InvalidArgumentException');
  });

  it('survives a snapshot and restore with records still buffered', async () => {
    const lake = await lakeWithBucket();
    await lake.call('firehose', 'CreateDeliveryStream', {
      DeliveryStreamName: 'saved',
      ExtendedS3DestinationConfiguration: {
        RoleARN: ROLE_ARN,
        BucketARN: `arn:aws:s3:::${BUCKET}`,
      },
    });
    await lake.advance('5s');
    await lake.call('firehose', 'PutRecord', {
      DeliveryStreamName: 'saved',
      Record: { Data: json({ n: 1 }) },
    });
    const snapshot = JSON.parse(
      JSON.stringify(lake.engine.snapshot(), (_, v: unknown) =>
        v instanceof Uint8Array ? undefined : v,
      ),
    ) as { firehose: unknown };
    expect(snapshot.firehose).toBeDefined();
    lake.engine.restore(lake.engine.snapshot());
    await lake.advance('5m');
    expect(linesOf(lake, keysOf(lake)[0]!)).toEqual([{ n: 1 }]);
  });
});
