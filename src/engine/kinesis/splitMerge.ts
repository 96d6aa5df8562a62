import type { MergeShardsInput, SplitShardInput } from '@aws-sdk/client-kinesis';
import { AwsError } from '../core/errors';
import type { OperationContext, OperationDef } from '../core/operations';
import { MAX_SHARDS_PER_STREAM } from './createStream';
import {
  activeStreamForChange,
  constraintError,
  createShards,
  onStream,
  openShards,
  sequenceNumber,
  STREAM_CREATE_DELAY_MS,
} from './model';
import { shardOf } from './reading';
import { STREAM_RESHARDED_EVENT } from './resharding';
import type { StoredShard, StoredStream } from './state';

/** An ACTIVE PROVISIONED stream and one of its open shards, for SplitShard/MergeShards. */
function openShardOf(
  ctx: OperationContext,
  stream: StoredStream,
  shardId: string | undefined,
): StoredShard {
  const shard = shardOf(ctx, stream, shardId);
  if (shard.EndingSequenceNumber !== undefined)
    throw new AwsError(
      'InvalidArgumentException',
      `Shard ${shardId} is closed: only open shards can be resharded.`,
    );
  return shard;
}

function reshardableStream(
  ctx: OperationContext,
  input: { StreamName?: string; StreamARN?: string },
) {
  const stream = activeStreamForChange(ctx, input);
  if (stream.StreamMode !== 'PROVISIONED')
    throw new AwsError(
      'InvalidArgumentException',
      `Stream ${stream.StreamName} is ON_DEMAND: Kinesis manages its shards.`,
    );
  return stream;
}

/** Closes the parents, adds the children, and keeps the stream UPDATING until the clock completes it. */
function replaceShards(
  ctx: OperationContext,
  stream: StoredStream,
  parents: StoredShard[],
  ranges: [bigint, bigint][],
) {
  for (const parent of parents) parent.EndingSequenceNumber = sequenceNumber(stream.sequence);
  const firstIndex = Math.max(...stream.shards.map((s) => Number(s.ShardId.slice(8)))) + 1;
  const children = createShards(ranges.length, sequenceNumber(stream.sequence + 1), firstIndex);
  children.forEach((child, i) => {
    child.StartingHashKey = ranges[i]![0].toString();
    child.EndingHashKey = ranges[i]![1].toString();
    child.ParentShardId = parents[0]!.ShardId;
    if (parents[1]) child.AdjacentParentShardId = parents[1].ShardId;
  });
  stream.shards.push(...children);
  stream.StreamStatus = 'UPDATING';
  ctx.clock.schedule(ctx.now + STREAM_CREATE_DELAY_MS, STREAM_RESHARDED_EVENT, {
    streamName: stream.StreamName,
    created: stream.StreamCreationTimestamp,
  });
}

// Kinesis SplitShard: NewStartingHashKey "must be within the range of hash keys being mapped into the shard"; the
// stream is UPDATING until the split completes (API_SplitShard.html).
export const SplitShard: OperationDef<SplitShardInput> = {
  authorize: onStream('kinesis:SplitShard'),
  run(input, ctx) {
    const stream = reshardableStream(ctx, input);
    const parent = openShardOf(ctx, stream, input.ShardToSplit);
    const key = input.NewStartingHashKey ?? '';
    if (!/^(0|[1-9]\d{0,38})$/.test(key))
      throw constraintError(
        'newStartingHashKey',
        key,
        'Member must satisfy regular expression pattern: 0|([1-9]\\d{0,38})',
      );
    const at = BigInt(key);
    const start = BigInt(parent.StartingHashKey);
    const end = BigInt(parent.EndingHashKey);
    if (at <= start || at > end)
      throw new AwsError(
        'InvalidArgumentException',
        `NewStartingHashKey ${key} is not inside shard ${parent.ShardId}'s hash key range (${start + 1n} to ${end}).`,
      );
    if (openShards(stream).length + 1 > MAX_SHARDS_PER_STREAM)
      throw new AwsError(
        'LimitExceededException',
        `LakeLab streams hold at most ${MAX_SHARDS_PER_STREAM} shards.`,
      );
    replaceShards(
      ctx,
      stream,
      [parent],
      [
        [start, at - 1n],
        [at, end],
      ],
    );
    return {};
  },
};

// Kinesis MergeShards: "Two shards are considered adjacent if the union of the hash key ranges for the two shards
// form a contiguous set with no gaps" (API_MergeShards.html).
export const MergeShards: OperationDef<MergeShardsInput> = {
  authorize: onStream('kinesis:MergeShards'),
  run(input, ctx) {
    const stream = reshardableStream(ctx, input);
    const first = openShardOf(ctx, stream, input.ShardToMerge);
    const second = openShardOf(ctx, stream, input.AdjacentShardToMerge);
    const [low, high] =
      BigInt(first.StartingHashKey) < BigInt(second.StartingHashKey)
        ? [first, second]
        : [second, first];
    if (first === second || BigInt(low.EndingHashKey) + 1n !== BigInt(high.StartingHashKey))
      throw new AwsError(
        'InvalidArgumentException',
        `Shards ${first.ShardId} and ${second.ShardId} are not adjacent: their hash key ranges leave a gap.`,
      );
    replaceShards(
      ctx,
      stream,
      [first, second],
      [[BigInt(low.StartingHashKey), BigInt(high.EndingHashKey)]],
    );
    return {};
  },
};
