import {
  CreateDeliveryStreamCommand,
  DescribeDeliveryStreamCommand,
  FirehoseClient,
  PutRecordBatchCommand,
  PutRecordCommand,
  UpdateDestinationCommand,
} from '@aws-sdk/client-firehose';
import { describe, expect, it } from 'vitest';
import { destination, directPut, lakeWithBucket } from './firehose.fixtures';

const nameOf = (e: unknown) => (e as { name: string }).name;

async function client() {
  const lake = await lakeWithBucket();
  return { lake, firehose: new FirehoseClient(lake.engine.sdkConfig()) };
}

describe('request validation', () => {
  // API Common Errors: a required member left out fails request validation (ValidationException).
  it('refuses a request without DeliveryStreamName with ValidationException', async () => {
    const { firehose } = await client();
    const error = await firehose
      .send(new DescribeDeliveryStreamCommand({} as { DeliveryStreamName: string }))
      .catch(nameOf);
    expect(error).toBe('ValidationException');
  });

  it('finds no stream named after an Object.prototype member', async () => {
    const { lake } = await client();
    expect(
      (
        await lake.errorOf('firehose', 'DescribeDeliveryStream', {
          DeliveryStreamName: 'constructor',
        })
      ).name,
    ).toBe('ResourceNotFoundException');
    await lake.call('firehose', 'CreateDeliveryStream', {
      DeliveryStreamName: 'toString',
      ExtendedS3DestinationConfiguration: destination(),
    });
  });
});

describe('UpdateDestination request validation', () => {
  // API_UpdateDestination.html: CurrentDeliveryStreamVersionId and DestinationId are required.
  it('refuses an update without CurrentDeliveryStreamVersionId with ValidationException', async () => {
    const { lake, firehose } = await client();
    await directPut(lake, 'clicks');
    const error = await firehose
      .send(
        new UpdateDestinationCommand({
          DeliveryStreamName: 'clicks',
          DestinationId: 'destinationId-000000000001',
          ExtendedS3DestinationUpdate: { CompressionFormat: 'GZIP' },
        } as never),
      )
      .catch(nameOf);
    expect(error).toBe('ValidationException');
  });
});

describe('destination role', () => {
  // API_ExtendedS3DestinationConfiguration.html: RoleARN matches arn:.*:iam::\d{12}:role/…
  it('refuses a RoleARN that is not an IAM role ARN with InvalidArgumentException', async () => {
    const { firehose } = await client();
    const error = await firehose
      .send(
        new CreateDeliveryStreamCommand({
          DeliveryStreamName: 'bad-role',
          ExtendedS3DestinationConfiguration: destination({ RoleARN: 'FirehoseDelivery' }),
        }),
      )
      .catch(nameOf);
    expect(error).toBe('InvalidArgumentException');
  });
});

describe('PutRecord request validation', () => {
  // API_PutRecord.html / API_PutRecordBatch.html: Record and Records are required members.
  it('refuses PutRecord without Record and PutRecordBatch without Records with ValidationException', async () => {
    const { lake, firehose } = await client();
    await directPut(lake, 'clicks');
    const errors = await Promise.all([
      firehose.send(new PutRecordCommand({ DeliveryStreamName: 'clicks' } as never)).catch(nameOf),
      firehose
        .send(new PutRecordBatchCommand({ DeliveryStreamName: 'clicks' } as never))
        .catch(nameOf),
    ]);
    expect(errors).toEqual(['ValidationException', 'ValidationException']);
  });
});
