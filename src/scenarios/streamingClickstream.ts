import type { Engine } from '../engine';
import { SAMPLE_DATA_BUCKET } from '../engine/data';
import { configureClickstream } from '../engine/sources/clickstream';

export const CLICKSTREAM_STREAM = 'shop-clickstream';
export const CLICKSTREAM_DELIVERY_STREAM = 'clickstream-to-raw-zone';
export const CLICKSTREAM_PREFIX = 'clickstream/live/';
const DELIVERY_ROLE = 'FirehoseClickstreamDelivery';

// Firehose assumes the delivery role, so its trust policy must name firehose.amazonaws.com.
const TRUST_FIREHOSE = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { Service: 'firehose.amazonaws.com' }, Action: 'sts:AssumeRole' },
  ],
});

const DELIVERY_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Action: [
        'kinesis:DescribeStream',
        'kinesis:GetShardIterator',
        'kinesis:GetRecords',
        'kinesis:ListShards',
      ],
      Resource: '*',
    },
    {
      Effect: 'Allow',
      Action: ['s3:PutObject', 's3:GetBucketLocation', 's3:ListBucket'],
      Resource: '*',
    },
  ],
});

/**
 * The raw bucket, a one-shard Kinesis stream, a Firehose delivery stream reading it into
 * `s3://shop-raw-zone/clickstream/live/` as GZIP JSON lines, and the shop's click app
 * sending 5 events a second. Press Play: Firehose delivers when its buffer fills or its
 * 300-second interval passes.
 */
export async function buildStreamingClickstream(engine: Engine): Promise<void> {
  const account = engine.accountId;
  await engine.call('s3', 'CreateBucket', { Bucket: SAMPLE_DATA_BUCKET });
  await engine.call('iam', 'CreateRole', {
    RoleName: DELIVERY_ROLE,
    AssumeRolePolicyDocument: TRUST_FIREHOSE,
  });
  await engine.call('iam', 'PutRolePolicy', {
    RoleName: DELIVERY_ROLE,
    PolicyName: 'read-stream-write-raw-zone',
    PolicyDocument: DELIVERY_POLICY,
  });
  await engine.call('kinesis', 'CreateStream', { StreamName: CLICKSTREAM_STREAM, ShardCount: 1 });
  await engine.clock.advance(10_000);
  const roleArn = `arn:aws:iam::${account}:role/${DELIVERY_ROLE}`;
  await engine.call('firehose', 'CreateDeliveryStream', {
    DeliveryStreamName: CLICKSTREAM_DELIVERY_STREAM,
    DeliveryStreamType: 'KinesisStreamAsSource',
    KinesisStreamSourceConfiguration: {
      KinesisStreamARN: `arn:aws:kinesis:${engine.region}:${account}:stream/${CLICKSTREAM_STREAM}`,
      RoleARN: roleArn,
    },
    ExtendedS3DestinationConfiguration: {
      RoleARN: roleArn,
      BucketARN: `arn:aws:s3:::${SAMPLE_DATA_BUCKET}`,
      Prefix: CLICKSTREAM_PREFIX,
      CompressionFormat: 'GZIP',
    },
  });
  await engine.clock.advance(5_000);
  configureClickstream(engine.world, {
    enabled: true,
    target: { kind: 'kinesis', streamName: CLICKSTREAM_STREAM },
    eventsPerSecond: 5,
  });
}
