import {
  CreateStreamCommand,
  DescribeStreamSummaryCommand,
  KinesisClient,
} from '@aws-sdk/client-kinesis';
import { describe, expect, it } from 'vitest';
import { TestLake } from '../testing/TestLake';
import { lakeWithStream } from './kinesis.fixtures';

describe('Kinesis CreateStream input rules', () => {
  // API_CreateStream.html: StreamName "Length Constraints: Minimum length of 1. Maximum length of 128. Pattern: [a-zA-Z0-9_.-]+".
  it('answers ValidationException for a StreamName outside 1-128 characters of [a-zA-Z0-9_.-]', async () => {
    const lake = new TestLake();
    for (const StreamName of ['', 'has space', 'slash/name', 'x'.repeat(129)]) {
      const error = await lake.errorOf('kinesis', 'CreateStream', { StreamName, ShardCount: 1 });
      expect(error.name, StreamName).toBe('ValidationException');
    }
    await lake.call('kinesis', 'CreateStream', { StreamName: 'a.b_c-D9', ShardCount: 1 });
    await lake.call('kinesis', 'CreateStream', { StreamName: 'x'.repeat(128), ShardCount: 1 });
  });

  it('answers ValidationException for a malformed name on a read, ResourceNotFoundException for an unknown one', async () => {
    const lake = new TestLake();
    const kinesis = new KinesisClient({ ...lake.engine.sdkConfig(), maxAttempts: 1 });
    const bad = await kinesis
      .send(new DescribeStreamSummaryCommand({ StreamName: 'bad name!' }))
      .catch((e: Error) => e);
    expect((bad as Error).name).toBe('ValidationException');
    const missing = await kinesis
      .send(new DescribeStreamSummaryCommand({ StreamName: 'nothing' }))
      .catch((e: Error) => e);
    expect((missing as Error).name).toBe('ResourceNotFoundException');
  });

  // API_CreateStream.html: ShardCount "Valid Range: Minimum value of 1".
  it('answers ValidationException for a ShardCount below 1', async () => {
    const lake = new TestLake();
    const error = await lake.errorOf('kinesis', 'CreateStream', { StreamName: 's', ShardCount: 0 });
    expect(error.name).toBe('ValidationException');
  });

  // API_CreateStream.html: LimitExceededException when you "have more than five streams in the CREATING state".
  it('refuses a sixth stream while five are CREATING, and takes it once they are ACTIVE', async () => {
    const lake = new TestLake();
    const kinesis = new KinesisClient({ ...lake.engine.sdkConfig(), maxAttempts: 1 });
    for (let i = 0; i < 5; i++)
      await kinesis.send(new CreateStreamCommand({ StreamName: `s${i}`, ShardCount: 1 }));
    const sixth = await kinesis
      .send(new CreateStreamCommand({ StreamName: 's5', ShardCount: 1 }))
      .catch((e: Error) => e);
    expect((sixth as Error).name).toBe('LimitExceededException');
    await lake.advance('10s');
    await kinesis.send(new CreateStreamCommand({ StreamName: 's5', ShardCount: 1 }));
  });

  // API_DescribeStreamSummary.html: "you must use either the StreamARN or the StreamName parameter, or both".
  it('finds a stream by ARN, and not by the ARN of another account', async () => {
    const lake = await lakeWithStream('clicks');
    const kinesis = new KinesisClient({ ...lake.engine.sdkConfig(), maxAttempts: 1 });
    const arn = 'arn:aws:kinesis:us-east-1:111122223333:stream/clicks';
    const out = await kinesis.send(
      new DescribeStreamSummaryCommand({ StreamARN: arn, StreamName: 'clicks' }),
    );
    expect(out.StreamDescriptionSummary?.StreamARN).toBe(arn);
    expect(out.StreamDescriptionSummary?.StreamCreationTimestamp).toBeInstanceOf(Date);
    expect(out.StreamDescriptionSummary).toMatchObject({
      EncryptionType: 'NONE',
      OpenShardCount: 1,
      ConsumerCount: 0,
      StreamModeDetails: { StreamMode: 'PROVISIONED' },
    });
    const other = await kinesis
      .send(
        new DescribeStreamSummaryCommand({
          StreamARN: 'arn:aws:kinesis:us-east-1:999999999999:stream/clicks',
        }),
      )
      .catch((e: Error) => e);
    expect((other as Error).name).toBe('ResourceNotFoundException');
  });
});
