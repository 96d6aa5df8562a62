import {
  DeleteStreamCommand,
  DeregisterStreamConsumerCommand,
  DescribeStreamConsumerCommand,
  DescribeStreamSummaryCommand,
  KinesisClient,
  ListStreamConsumersCommand,
  RegisterStreamConsumerCommand,
} from '@aws-sdk/client-kinesis';
import { describe, expect, it } from 'vitest';
import { lakeWithStream } from './kinesis.fixtures';

const StreamARN = 'arn:aws:kinesis:us-east-1:111122223333:stream/clicks';

describe('Kinesis enhanced fan-out consumers, through the real SDK client', () => {
  it('registers a consumer CREATING then ACTIVE, counts it in ConsumerCount, describes, lists and deregisters it', async () => {
    const lake = await lakeWithStream('clicks');
    const kinesis = new KinesisClient({ ...lake.engine.sdkConfig(), maxAttempts: 1 });
    const { Consumer } = await kinesis.send(
      new RegisterStreamConsumerCommand({ StreamARN, ConsumerName: 'app' }),
    );
    expect(Consumer).toMatchObject({ ConsumerName: 'app', ConsumerStatus: 'CREATING' });
    expect(Consumer?.ConsumerARN).toMatch(
      /^arn:aws:kinesis:us-east-1:111122223333:stream\/clicks\/consumer\/app:\d+$/,
    );
    expect(Consumer?.ConsumerCreationTimestamp).toBeInstanceOf(Date);
    const again = await kinesis
      .send(new RegisterStreamConsumerCommand({ StreamARN, ConsumerName: 'app' }))
      .catch((e: Error) => e.name);
    expect(again).toBe('ResourceInUseException');

    await lake.advance('10s');
    const described = await kinesis.send(
      new DescribeStreamConsumerCommand({ ConsumerARN: Consumer!.ConsumerARN }),
    );
    expect(described.ConsumerDescription).toMatchObject({ ConsumerStatus: 'ACTIVE', StreamARN });
    const summary = await kinesis.send(new DescribeStreamSummaryCommand({ StreamARN }));
    expect(summary.StreamDescriptionSummary?.ConsumerCount).toBe(1);
    const listed = await kinesis.send(new ListStreamConsumersCommand({ StreamARN }));
    expect(listed.Consumers?.map((c) => c.ConsumerName)).toEqual(['app']);

    await kinesis.send(new DeregisterStreamConsumerCommand({ StreamARN, ConsumerName: 'app' }));
    expect((await kinesis.send(new ListStreamConsumersCommand({ StreamARN }))).Consumers).toEqual(
      [],
    );
  });

  // API_DeleteStream.html: without EnforceConsumerDeletion, a stream with registered consumers "fails with a ResourceInUseException".
  it('refuses to delete a stream with consumers unless EnforceConsumerDeletion is set', async () => {
    const lake = await lakeWithStream('clicks');
    const kinesis = new KinesisClient({ ...lake.engine.sdkConfig(), maxAttempts: 1 });
    await kinesis.send(new RegisterStreamConsumerCommand({ StreamARN, ConsumerName: 'app' }));
    const refused = await kinesis
      .send(new DeleteStreamCommand({ StreamName: 'clicks' }))
      .catch((e: Error) => e.name);
    expect(refused).toBe('ResourceInUseException');
    await kinesis.send(
      new DeleteStreamCommand({ StreamName: 'clicks', EnforceConsumerDeletion: true }),
    );
  });

  // API_RegisterStreamConsumer.html: "you cannot have more than 5 consumers in a CREATING status at the same time".
  it('refuses a sixth consumer while five are CREATING', async () => {
    const lake = await lakeWithStream('clicks');
    const kinesis = new KinesisClient({ ...lake.engine.sdkConfig(), maxAttempts: 1 });
    for (let i = 0; i < 5; i++)
      await kinesis.send(new RegisterStreamConsumerCommand({ StreamARN, ConsumerName: `c${i}` }));
    const sixth = await kinesis
      .send(new RegisterStreamConsumerCommand({ StreamARN, ConsumerName: 'c5' }))
      .catch((e: Error) => e.name);
    expect(sixth).toBe('LimitExceededException');
    await lake.advance('5s');
    await kinesis.send(new RegisterStreamConsumerCommand({ StreamARN, ConsumerName: 'c5' }));
  });
});
