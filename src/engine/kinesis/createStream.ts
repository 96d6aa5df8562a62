import type { CreateStreamInput } from '@aws-sdk/client-kinesis';
import { AwsError } from '../core/errors';
import type { OperationContext, OperationDef } from '../core/operations';
import {
  checkedStreamName,
  constraintError,
  createShards,
  onStream,
  sequenceNumber,
  STREAM_ACTIVE_EVENT,
  STREAM_CREATE_DELAY_MS,
  streamArnOf,
} from './model';
import { kinesisState, type KinesisStreamMode, type StoredStream } from './state';
import { checkedTags } from './tags';

/** Kinesis: an on-demand stream starts with 4 MB/s of write capacity, i.e. four shards (service-sizes-and-limits.html). */
export const ON_DEMAND_INITIAL_SHARDS = 4;
/** A LakeLab limit that keeps a lab small (AWS's default account quota is 20,000 shards). */
export const MAX_SHARDS_PER_STREAM = 64;
/** Kinesis: LimitExceededException if you "have more than five streams in the CREATING state" (API_CreateStream.html). */
export const MAX_CREATING_STREAMS = 5;
/** Kinesis: "By default, you can create up to 50 data streams with the on-demand capacity mode" (service-sizes-and-limits.html). */
export const MAX_ON_DEMAND_STREAMS = 50;

function shardCountFor(mode: KinesisStreamMode, count: number | undefined): number {
  if (count !== undefined && (!Number.isInteger(count) || count < 1))
    throw constraintError('shardCount', count, 'Member must have value greater than or equal to 1');
  if (mode === 'ON_DEMAND') {
    if (count !== undefined)
      throw new AwsError(
        'InvalidArgumentException',
        'ShardCount cannot be set for an ON_DEMAND stream.',
      );
    return ON_DEMAND_INITIAL_SHARDS;
  }
  if (count === undefined)
    throw new AwsError(
      'InvalidArgumentException',
      'ShardCount is required for a PROVISIONED stream.',
    );
  if (count > MAX_SHARDS_PER_STREAM)
    throw new AwsError(
      'LimitExceededException',
      `LakeLab streams hold at most ${MAX_SHARDS_PER_STREAM} shards; you asked for ${count}.`,
    );
  return count;
}

function checkLimits(ctx: OperationContext, mode: KinesisStreamMode): void {
  const streams = Object.values(kinesisState(ctx.world).streams);
  if (streams.filter((s) => s.StreamStatus === 'CREATING').length >= MAX_CREATING_STREAMS)
    throw new AwsError(
      'LimitExceededException',
      `This request would exceed the limit of ${MAX_CREATING_STREAMS} streams in the CREATING state for account ${ctx.world.defaultAccountId}.`,
    );
  if (
    mode === 'ON_DEMAND' &&
    streams.filter((s) => s.StreamMode === 'ON_DEMAND').length >= MAX_ON_DEMAND_STREAMS
  )
    throw new AwsError(
      'LimitExceededException',
      `This request would exceed the limit of ${MAX_ON_DEMAND_STREAMS} ON_DEMAND streams for account ${ctx.world.defaultAccountId}.`,
    );
}

function newStream(ctx: OperationContext, input: CreateStreamInput, mode: KinesisStreamMode) {
  const name = input.StreamName!;
  const stream: StoredStream = {
    StreamName: name,
    StreamARN: streamArnOf(ctx.world, name),
    StreamStatus: 'CREATING',
    StreamMode: mode,
    RetentionPeriodHours: 24,
    StreamCreationTimestamp: ctx.now,
    shards: createShards(shardCountFor(mode, input.ShardCount), sequenceNumber(0)),
    sequence: 0,
    counters: {
      incomingRecords: 0,
      incomingBytes: 0,
      throttledRecords: 0,
      outgoingRecords: 0,
      outgoingBytes: 0,
    },
  };
  if (input.Tags && Object.keys(input.Tags).length > 0) stream.tags = checkedTags(input.Tags);
  return stream;
}

export const CreateStream: OperationDef<CreateStreamInput> = {
  // Kinesis: with Tags, "in addition to having the kinesis:CreateStream permission, you must also have the kinesis:AddTagsToStream permission" (API_CreateStream.html).
  authorize: (input, ctx) => [
    ...onStream('kinesis:CreateStream')(input, ctx),
    ...(input.Tags && Object.keys(input.Tags).length > 0
      ? onStream('kinesis:AddTagsToStream')(input, ctx)
      : []),
  ],
  run(input, ctx) {
    const name = checkedStreamName(input.StreamName);
    const streams = kinesisState(ctx.world).streams;
    if (streams[name])
      throw new AwsError(
        'ResourceInUseException',
        `Stream ${name} under account ${ctx.world.defaultAccountId} already exists.`,
      );
    const mode = (input.StreamModeDetails?.StreamMode ?? 'PROVISIONED') as KinesisStreamMode;
    if (mode !== 'PROVISIONED' && mode !== 'ON_DEMAND')
      throw constraintError(
        'streamModeDetails.streamMode',
        mode,
        'Member must satisfy enum value set: [PROVISIONED, ON_DEMAND]',
      );
    const stream = newStream(ctx, input, mode);
    checkLimits(ctx, mode);
    streams[name] = stream;
    ctx.clock.schedule(ctx.now + STREAM_CREATE_DELAY_MS, STREAM_ACTIVE_EVENT, {
      streamName: name,
      created: ctx.now,
    });
    return {};
  },
};
