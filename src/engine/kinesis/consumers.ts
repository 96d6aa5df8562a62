import type {
  Consumer,
  DeregisterStreamConsumerInput,
  DescribeStreamConsumerInput,
  DescribeStreamConsumerOutput,
  ListStreamConsumersInput,
  ListStreamConsumersOutput,
  RegisterStreamConsumerInput,
  RegisterStreamConsumerOutput,
} from '@aws-sdk/client-kinesis';
import { AwsError } from '../core/errors';
import type { OperationContext, OperationDef } from '../core/operations';
import {
  activeStreamForChange,
  constraintError,
  onStream,
  STREAM_NAME_PATTERN,
  streamOf,
} from './model';
import { decodePageToken, encodePageToken, pageSize } from './pagination';
import { kinesisState, type StoredConsumer, type StoredStream } from './state';

/** Kinesis: "you can register up to 20 consumers per stream" for provisioned streams (API_RegisterStreamConsumer.html). */
export const MAX_CONSUMERS_PER_STREAM = 20;
/** Registration takes a few seconds: the consumer is CREATING meanwhile. */
export const CONSUMER_CREATE_DELAY_MS = 5_000;

function consumerShape(ctx: OperationContext, consumer: StoredConsumer): Consumer {
  return {
    ConsumerName: consumer.ConsumerName,
    ConsumerARN: consumer.ConsumerARN,
    ConsumerStatus:
      ctx.now - consumer.ConsumerCreationTimestamp >= CONSUMER_CREATE_DELAY_MS
        ? 'ACTIVE'
        : 'CREATING',
    ConsumerCreationTimestamp: new Date(consumer.ConsumerCreationTimestamp),
  };
}

/** The stream ARN inside a consumer ARN (`<stream ARN>/consumer/<name>:<epoch seconds>`). */
const streamArnOfConsumer = (arn: string) => arn.replace(/\/consumer\/[^/]*$/, '');

/** A consumer named by its ARN, or by the stream's ARN and its name ("as long as they don't conflict"). */
function consumerOf(
  ctx: OperationContext,
  input: { StreamARN?: string; ConsumerName?: string; ConsumerARN?: string },
): { stream: StoredStream; consumer: StoredConsumer } {
  const streamArn =
    input.StreamARN ?? (input.ConsumerARN && streamArnOfConsumer(input.ConsumerARN));
  if (!streamArn || (!input.ConsumerName && !input.ConsumerARN))
    throw new AwsError(
      'InvalidArgumentException',
      'Provide ConsumerARN, or StreamARN and ConsumerName.',
    );
  const stream = streamOf(ctx, { StreamARN: streamArn });
  const consumer = stream.consumers?.find(
    (c) =>
      (!input.ConsumerARN || c.ConsumerARN === input.ConsumerARN) &&
      (!input.ConsumerName || c.ConsumerName === input.ConsumerName),
  );
  if (!consumer)
    throw new AwsError(
      'ResourceNotFoundException',
      `Consumer ${input.ConsumerARN ?? input.ConsumerName} under stream ${stream.StreamName} not found.`,
    );
  return { stream, consumer };
}

const onConsumer =
  (action: string) =>
  (input: { StreamARN?: string; ConsumerARN?: string }, ctx: OperationContext) =>
    onStream(action)(
      { StreamARN: input.StreamARN ?? streamArnOfConsumer(input.ConsumerARN ?? '') },
      ctx,
    );

export const RegisterStreamConsumer: OperationDef<
  RegisterStreamConsumerInput,
  RegisterStreamConsumerOutput
> = {
  authorize: onConsumer('kinesis:RegisterStreamConsumer'),
  run(input, ctx) {
    const name = input.ConsumerName;
    if (typeof name !== 'string' || !STREAM_NAME_PATTERN.test(name))
      throw constraintError(
        'consumerName',
        name,
        'Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+',
      );
    const stream = activeStreamForChange(ctx, { StreamARN: input.StreamARN ?? '' });
    const consumers = (stream.consumers ??= []);
    if (consumers.some((c) => c.ConsumerName === name))
      throw new AwsError(
        'ResourceInUseException',
        `Consumer ${name} under stream ${stream.StreamName} already exists.`,
      );
    if (consumers.length >= MAX_CONSUMERS_PER_STREAM)
      throw new AwsError(
        'LimitExceededException',
        `Stream ${stream.StreamName} already has ${MAX_CONSUMERS_PER_STREAM} registered consumers.`,
      );
    // Kinesis: "you cannot have more than 5 consumers in a CREATING status at the same time" (API_RegisterStreamConsumer.html).
    const creating = Object.values(kinesisState(ctx.world).streams)
      .flatMap((s) => s.consumers ?? [])
      .filter((c) => ctx.now - c.ConsumerCreationTimestamp < CONSUMER_CREATE_DELAY_MS);
    if (creating.length >= 5)
      throw new AwsError(
        'LimitExceededException',
        'Five consumers are already CREATING: try again once they are ACTIVE.',
      );
    const consumer: StoredConsumer = {
      ConsumerName: name,
      ConsumerARN: `${stream.StreamARN}/consumer/${name}:${Math.floor(ctx.now / 1000)}`,
      ConsumerCreationTimestamp: ctx.now,
    };
    consumers.push(consumer);
    return { Consumer: consumerShape(ctx, consumer) };
  },
};

export const DescribeStreamConsumer: OperationDef<
  DescribeStreamConsumerInput,
  DescribeStreamConsumerOutput
> = {
  authorize: onConsumer('kinesis:DescribeStreamConsumer'),
  run(input, ctx) {
    const { stream, consumer } = consumerOf(ctx, input);
    return {
      ConsumerDescription: {
        ...consumerShape(ctx, consumer),
        StreamARN: stream.StreamARN,
      } as DescribeStreamConsumerOutput['ConsumerDescription'],
    };
  },
};

export const ListStreamConsumers: OperationDef<
  ListStreamConsumersInput,
  ListStreamConsumersOutput
> = {
  authorize: onConsumer('kinesis:ListStreamConsumers'),
  run(input, ctx) {
    const stream = streamOf(ctx, { StreamARN: input.StreamARN ?? '' });
    const start = input.NextToken ? decodePageToken(input.NextToken, ctx.now).start : 0;
    const limit = pageSize(input.MaxResults, 'maxResults', 100, 10_000);
    const all = stream.consumers ?? [];
    const next = start + limit;
    return {
      Consumers: all.slice(start, next).map((c) => consumerShape(ctx, c)),
      ...(next < all.length
        ? {
            NextToken: encodePageToken({ stream: stream.StreamName, start: next, issued: ctx.now }),
          }
        : {}),
    };
  },
};

/** LakeLab removes a deregistered consumer at once (AWS shows it DELETING for a while). */
export const DeregisterStreamConsumer: OperationDef<DeregisterStreamConsumerInput> = {
  authorize: onConsumer('kinesis:DeregisterStreamConsumer'),
  run(input, ctx) {
    const { stream, consumer } = consumerOf(ctx, input);
    stream.consumers = stream.consumers!.filter((c) => c !== consumer);
    if (stream.consumers.length === 0) delete stream.consumers;
    return {};
  },
};
