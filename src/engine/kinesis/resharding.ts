import type {
  DescribeLimitsInput,
  DescribeLimitsOutput,
  UpdateShardCountInput,
  UpdateShardCountOutput,
  UpdateStreamModeInput,
} from '@aws-sdk/client-kinesis';
import { AwsError } from '../core/errors';
import type { OperationContext, OperationDef } from '../core/operations';
import type { World } from '../world';
import { MAX_ON_DEMAND_STREAMS, MAX_SHARDS_PER_STREAM } from './createStream';
import {
  activeStreamForChange,
  constraintError,
  createShards,
  onStream,
  openShards,
  sequenceNumber,
  STREAM_CREATE_DELAY_MS,
} from './model';
import { kinesisState, type StoredShard, type StoredStream } from './state';

export const STREAM_RESHARDED_EVENT = 'kinesis:streamResharded';
/** Kinesis: the default shard quota in US East (N. Virginia), US West (Oregon), Europe (Ireland) (service-sizes-and-limits.html). */
export const ACCOUNT_SHARD_LIMIT = 20_000;
/** Kinesis UpdateShardCount: at most ten scalings per rolling 24-hour period per stream (API_UpdateShardCount.html). */
export const MAX_SCALINGS_PER_DAY = 10;
const DAY_MS = 24 * 3_600_000;

function limitExceeded(message: string): AwsError {
  return new AwsError('LimitExceededException', message);
}

// Kinesis UpdateShardCount: by default you cannot scale more than ten times per rolling 24 hours,
// up to more than double the current shard count, or below half of it (API_UpdateShardCount.html).
function checkScaling(ctx: OperationContext, stream: StoredStream, target: number): number[] {
  const current = openShards(stream).length;
  if (target > current * 2)
    throw limitExceeded(
      `UpdateShardCount cannot scale stream ${stream.StreamName} up to more than double its current shard count (${current}); asked for ${target}.`,
    );
  if (target * 2 < current)
    throw limitExceeded(
      `UpdateShardCount cannot scale stream ${stream.StreamName} down below half its current shard count (${current}); asked for ${target}.`,
    );
  if (target > MAX_SHARDS_PER_STREAM)
    throw limitExceeded(
      `LakeLab streams hold at most ${MAX_SHARDS_PER_STREAM} shards; you asked for ${target}.`,
    );
  const recent = (stream.scalings ?? []).filter((at) => ctx.now - at < DAY_MS);
  if (recent.length >= MAX_SCALINGS_PER_DAY)
    throw limitExceeded(
      `Stream ${stream.StreamName} has been scaled ${recent.length} times in the last 24 hours; the limit is ${MAX_SCALINGS_PER_DAY}.`,
    );
  return recent;
}

export const UpdateShardCount: OperationDef<UpdateShardCountInput, UpdateShardCountOutput> = {
  authorize: onStream('kinesis:UpdateShardCount'),
  run(input, ctx) {
    const target = input.TargetShardCount;
    if (target === undefined || !Number.isInteger(target) || target < 1)
      throw constraintError(
        'targetShardCount',
        target,
        'Member must have value greater than or equal to 1',
      );
    if (input.ScalingType !== 'UNIFORM_SCALING')
      throw constraintError(
        'scalingType',
        input.ScalingType,
        'Member must satisfy enum value set: [UNIFORM_SCALING]',
      );
    const stream = activeStreamForChange(ctx, input);
    // Kinesis: "This API is only supported for the data streams with the provisioned capacity mode."
    if (stream.StreamMode !== 'PROVISIONED')
      throw new AwsError(
        'InvalidArgumentException',
        `UpdateShardCount is not supported for stream ${stream.StreamName}: its capacity mode is ${stream.StreamMode}.`,
      );
    const recent = checkScaling(ctx, stream, target);
    const current = openShards(stream).length;
    // Kinesis: the stream is UPDATING until the scaling completes, then ACTIVE again (API_UpdateShardCount.html).
    stream.StreamStatus = 'UPDATING';
    stream.targetShardCount = target;
    stream.scalings = [...recent, ctx.now];
    ctx.clock.schedule(ctx.now + STREAM_CREATE_DELAY_MS, STREAM_RESHARDED_EVENT, {
      streamName: stream.StreamName,
      created: stream.StreamCreationTimestamp,
    });
    return {
      StreamName: stream.StreamName,
      StreamARN: stream.StreamARN,
      CurrentShardCount: current,
      TargetShardCount: target,
    };
  },
};

const indexOf = (shard: StoredShard) => Number(shard.ShardId.slice('shardId-'.length));

/** Closes the open shards and opens `target` new ones over the same hash key space, each naming the parents it overlaps. */
function reshard(stream: StoredStream, target: number): void {
  const parents = openShards(stream);
  if (parents.length === target) return;
  for (const parent of parents) parent.EndingSequenceNumber = sequenceNumber(stream.sequence);
  const firstIndex = Math.max(...stream.shards.map(indexOf)) + 1;
  const children = createShards(target, sequenceNumber(stream.sequence + 1), firstIndex);
  for (const child of children) {
    const overlapping = parents.filter(
      (p) =>
        BigInt(p.StartingHashKey) <= BigInt(child.EndingHashKey) &&
        BigInt(p.EndingHashKey) >= BigInt(child.StartingHashKey),
    );
    if (overlapping[0]) child.ParentShardId = overlapping[0].ShardId;
    if (overlapping[1]) child.AdjacentParentShardId = overlapping[1].ShardId;
  }
  stream.shards.push(...children);
}

/** The clock event that completes an UpdateShardCount. */
export function completeResharding(world: World, data: unknown): void {
  const { streamName, created } = data as { streamName: string; created: number };
  const stream = kinesisState(world).streams[streamName];
  if (stream?.StreamStatus !== 'UPDATING' || stream.StreamCreationTimestamp !== created) return;
  if (stream.targetShardCount !== undefined) reshard(stream, stream.targetShardCount);
  delete stream.targetShardCount;
  stream.StreamStatus = 'ACTIVE';
}

export const DescribeLimits: OperationDef<DescribeLimitsInput, DescribeLimitsOutput> = {
  authorize: () => [{ action: 'kinesis:DescribeLimits', resource: '*' }],
  run(_input, ctx) {
    const streams = Object.values(kinesisState(ctx.world).streams);
    const provisioned = streams.filter((s) => s.StreamMode === 'PROVISIONED');
    return {
      ShardLimit: ACCOUNT_SHARD_LIMIT,
      OpenShardCount: provisioned.reduce((n, s) => n + openShards(s).length, 0),
      OnDemandStreamCount: streams.length - provisioned.length,
      OnDemandStreamCountLimit: MAX_ON_DEMAND_STREAMS,
    };
  },
};

/** Kinesis: the capacity mode can be switched twice per rolling 24 hours (service-sizes-and-limits.html). */
export const MAX_MODE_SWITCHES_PER_DAY = 2;

function checkModeSwitch(ctx: OperationContext, stream: StoredStream, mode: string): number[] {
  if (mode !== 'PROVISIONED' && mode !== 'ON_DEMAND')
    throw constraintError(
      'streamModeDetails.streamMode',
      mode,
      'Member must satisfy enum value set: [PROVISIONED, ON_DEMAND]',
    );
  if (mode === stream.StreamMode)
    throw new AwsError(
      'InvalidArgumentException',
      `Stream ${stream.StreamName} is already in ${mode} capacity mode.`,
    );
  const recent = (stream.modeSwitches ?? []).filter((at) => ctx.now - at < DAY_MS);
  if (recent.length >= MAX_MODE_SWITCHES_PER_DAY)
    throw limitExceeded(
      `The capacity mode of stream ${stream.StreamName} was switched ${recent.length} times in the last 24 hours; the limit is ${MAX_MODE_SWITCHES_PER_DAY}.`,
    );
  const onDemand = Object.values(kinesisState(ctx.world).streams).filter(
    (s) => s.StreamMode === 'ON_DEMAND',
  );
  if (mode === 'ON_DEMAND' && onDemand.length >= MAX_ON_DEMAND_STREAMS)
    throw limitExceeded(`This account already has ${MAX_ON_DEMAND_STREAMS} ON_DEMAND streams.`);
  return recent;
}

/** Kinesis UpdateStreamMode: names the stream by StreamARN; it is UPDATING until the switch completes. */
export const UpdateStreamMode: OperationDef<UpdateStreamModeInput> = {
  authorize: (input, ctx) =>
    onStream('kinesis:UpdateStreamMode')({ StreamARN: input.StreamARN ?? '' }, ctx),
  run(input, ctx) {
    if (input.StreamARN === undefined)
      throw constraintError('streamARN', null, 'Member must not be null');
    const stream = activeStreamForChange(ctx, { StreamARN: input.StreamARN });
    const mode = String(input.StreamModeDetails?.StreamMode);
    const recent = checkModeSwitch(ctx, stream, mode);
    stream.StreamMode = mode as StoredStream['StreamMode'];
    stream.modeSwitches = [...recent, ctx.now];
    stream.StreamStatus = 'UPDATING';
    ctx.clock.schedule(ctx.now + STREAM_CREATE_DELAY_MS, STREAM_RESHARDED_EVENT, {
      streamName: stream.StreamName,
      created: stream.StreamCreationTimestamp,
    });
    return {};
  },
};
