import { describe, expect, it } from 'vitest';
import { lakeWithStream, utf8 } from '../kinesis/kinesis.fixtures';
import { readLabFile, writeLabFile } from '../core/labFile';
import type { TestLake } from '../testing/TestLake';
import { BUCKET, json, keysOf, lakeWithBucket, linesOf, ROLE_ARN } from './firehose.fixtures';

const READ_AND_DELIVER = JSON.stringify({
  Statement: [
    {
      Effect: 'Allow',
      Action: ['s3:PutObject', 'kinesis:Describe*', 'kinesis:Get*'],
      Resource: '*',
    },
  ],
});

async function kinesisSourced(lake: TestLake, withStream = true): Promise<void> {
  if (withStream) await lakeWithStream('clicks', 1, lake);
  await lake.call('firehose', 'CreateDeliveryStream', {
    DeliveryStreamName: 'reader',
    DeliveryStreamType: 'KinesisStreamAsSource',
    KinesisStreamSourceConfiguration: { KinesisStreamARN: STREAM_ARN, RoleARN: ROLE_ARN },
    ExtendedS3DestinationConfiguration: {
      RoleARN: ROLE_ARN,
      BucketARN: `arn:aws:s3:::${BUCKET}`,
      BufferingHints: { IntervalInSeconds: 60 },
    },
  });
  await lake.advance('5s');
}

const putKinesis = (lake: TestLake, keys: string[]) =>
  lake.call('kinesis', 'PutRecords', {
    StreamName: 'clicks',
    Records: keys.map((k) => ({ PartitionKey: k, Data: utf8(`{"k":"${k}"}\n`) })),
  });
const STREAM_ARN = 'arn:aws:kinesis:us-east-1:111122223333:stream/clicks';

describe('Firehose sources', () => {
  // API_StartDeliveryStreamEncryption.html: SSE only for a stream whose source is Direct PUT.
  it('refuses server-side encryption on a Kinesis-sourced stream (InvalidArgumentException)', async () => {
    const lake = await lakeWithBucket(READ_AND_DELIVER);
    await kinesisSourced(lake);
    const error = await lake.errorOf('firehose', 'StartDeliveryStreamEncryption', {
      DeliveryStreamName: 'reader',
    });
    expect(error.name).toBe('InvalidArgumentException');
  });

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
    const lake = await lakeWithBucket(READ_AND_DELIVER);
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

  it('reads as its role: records wait in the stream until the role may read them, then arrive', async () => {
    const lake = await lakeWithBucket();
    await kinesisSourced(lake);
    await putKinesis(lake, ['a']);
    await lake.advance('2m');
    expect(keysOf(lake)).toEqual([]);
    const out = await lake.call<{
      DeliveryStreamDescription: { FailureDescription?: { Details: string } };
    }>('firehose', 'DescribeDeliveryStream', { DeliveryStreamName: 'reader' });
    expect(out.DeliveryStreamDescription.FailureDescription?.Details).toContain(
      'kinesis:DescribeStream',
    );
    await lake.call('iam', 'PutRolePolicy', {
      RoleName: 'FirehoseDelivery',
      PolicyName: 'deliver',
      PolicyDocument: READ_AND_DELIVER,
    });
    await putKinesis(lake, ['b']);
    await lake.advance('60s');
    expect(linesOf(lake, keysOf(lake)[0]!)).toEqual([{ k: 'a' }, { k: 'b' }]);
  });

  it('starts reading with records that arrive after the delivery stream was created', async () => {
    const lake = await lakeWithBucket(READ_AND_DELIVER);
    await lakeWithStream('clicks', 1, lake);
    await putKinesis(lake, ['before']);
    await kinesisSourced(lake, false);
    await putKinesis(lake, ['after']);
    await lake.advance('60s');
    expect(linesOf(lake, keysOf(lake)[0]!)).toEqual([{ k: 'after' }]);
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

  it('survives saving to a lab file and loading it back with records still buffered', async () => {
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
    lake.engine.restore(readLabFile(writeLabFile(lake.engine.snapshot())));
    await lake.advance('5m');
    expect(linesOf(lake, keysOf(lake)[0]!)).toEqual([{ n: 1 }]);
  });
});
