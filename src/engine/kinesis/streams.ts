import type {
  DeleteStreamInput,
  DescribeStreamInput,
  DescribeStreamOutput,
  DescribeStreamSummaryInput,
  DescribeStreamSummaryOutput,
  ListShardsInput,
  ListShardsOutput,
  ListStreamsInput,
  ListStreamsOutput,
  Shard,
} from '@aws-sdk/client-kinesis';
import { AwsError } from '../core/errors';
import type { OperationContext, OperationDef } from '../core/operations';
import { activeStreamForChange, onStream, openShards, streamOf } from './model';
import { enhancedMonitoring } from './monitoring';
import { decodePageToken, encodePageToken, pageSize } from './pagination';
import { kinesisState, type StoredStream } from './state';

function shardShape(shard: StoredStream['shards'][number]): Shard {
  return {
    ShardId: shard.ShardId,
    HashKeyRange: { StartingHashKey: shard.StartingHashKey, EndingHashKey: shard.EndingHashKey },
    SequenceNumberRange: {
      StartingSequenceNumber: shard.StartingSequenceNumber,
      ...(shard.EndingSequenceNumber ? { EndingSequenceNumber: shard.EndingSequenceNumber } : {}),
    },
    ...(shard.ParentShardId ? { ParentShardId: shard.ParentShardId } : {}),
    ...(shard.AdjacentParentShardId ? { AdjacentParentShardId: shard.AdjacentParentShardId } : {}),
  };
}

export const DeleteStream: OperationDef<DeleteStreamInput> = {
  authorize: onStream('kinesis:DeleteStream'),
  run(input, ctx) {
    const stream = activeStreamForChange(ctx, input);
    // Kinesis: without EnforceConsumerDeletion, "if … the stream has registered consumers, the call to DeleteStream fails with a ResourceInUseException" (API_DeleteStream.html).
    if (stream.consumers?.length && !input.EnforceConsumerDeletion)
      throw new AwsError(
        'ResourceInUseException',
        `Stream ${stream.StreamName} under account ${ctx.world.defaultAccountId} has registered consumers: deregister them or set EnforceConsumerDeletion.`,
      );
    Reflect.deleteProperty(kinesisState(ctx.world).streams, stream.StreamName);
    return {};
  },
};

export const DescribeStream: OperationDef<DescribeStreamInput, DescribeStreamOutput> = {
  authorize: onStream('kinesis:DescribeStream'),
  run(input, ctx) {
    const stream = streamOf(ctx, input);
    const limit = pageSize(input.Limit, 'limit', 100, 100);
    const start = input.ExclusiveStartShardId
      ? stream.shards.findIndex((s) => s.ShardId === input.ExclusiveStartShardId) + 1
      : 0;
    const shards = stream.shards.slice(start, start + limit);
    return {
      StreamDescription: {
        ...streamBasics(stream),
        Shards: shards.map(shardShape),
        HasMoreShards: start + limit < stream.shards.length,
        EnhancedMonitoring: enhancedMonitoring(stream),
      },
    };
  },
};

function streamBasics(stream: StoredStream) {
  return {
    StreamName: stream.StreamName,
    StreamARN: stream.StreamARN,
    StreamStatus: stream.StreamStatus,
    StreamModeDetails: { StreamMode: stream.StreamMode },
    RetentionPeriodHours: stream.RetentionPeriodHours,
    StreamCreationTimestamp: new Date(stream.StreamCreationTimestamp),
    EncryptionType: 'NONE' as const,
  };
}

export const DescribeStreamSummary: OperationDef<
  DescribeStreamSummaryInput,
  DescribeStreamSummaryOutput
> = {
  authorize: onStream('kinesis:DescribeStreamSummary'),
  run(input, ctx) {
    const stream = streamOf(ctx, input);
    return {
      StreamDescriptionSummary: {
        ...streamBasics(stream),
        EnhancedMonitoring: enhancedMonitoring(stream),
        OpenShardCount: openShards(stream).length,
        ConsumerCount: stream.consumers?.length ?? 0,
      },
    };
  },
};

export const ListStreams: OperationDef<ListStreamsInput, ListStreamsOutput> = {
  authorize: () => [{ action: 'kinesis:ListStreams', resource: '*' }],
  run(input, ctx) {
    const all = Object.values(kinesisState(ctx.world).streams).sort((a, b) =>
      a.StreamName < b.StreamName ? -1 : a.StreamName > b.StreamName ? 1 : 0,
    );
    const after = input.NextToken
      ? decodePageToken(input.NextToken, ctx.now).stream
      : input.ExclusiveStartStreamName;
    const from = after ? all.filter((s) => s.StreamName > after) : all;
    const limit = pageSize(input.Limit, 'limit', 100, 100);
    const page = from.slice(0, limit);
    const more = from.length > limit;
    return {
      StreamNames: page.map((s) => s.StreamName),
      HasMoreStreams: more,
      ...(more
        ? {
            NextToken: encodePageToken({
              stream: page.at(-1)!.StreamName,
              start: 0,
              issued: ctx.now,
            }),
          }
        : {}),
      StreamSummaries: page.map((s) => ({
        StreamName: s.StreamName,
        StreamARN: s.StreamARN,
        StreamStatus: s.StreamStatus,
        StreamModeDetails: { StreamMode: s.StreamMode },
        StreamCreationTimestamp: new Date(s.StreamCreationTimestamp),
      })),
    };
  },
};

/** ListShards answers ResourceInUseException for a stream still CREATING: "the resource must be in the ACTIVE state" (API_ListShards.html). */
function listableStream(ctx: OperationContext, input: { StreamName?: string; StreamARN?: string }) {
  const stream = streamOf(ctx, input);
  if (stream.StreamStatus === 'CREATING')
    throw new AwsError(
      'ResourceInUseException',
      `Stream ${stream.StreamName} under account ${ctx.world.defaultAccountId} is CREATING: its shards can be listed once it is ACTIVE.`,
    );
  return stream;
}

/**
 * Where a ListShards page starts: a NextToken alone names the stream and the position ("Don't
 * specify StreamName or StreamCreationTimestamp if you specify NextToken"; ExclusiveStartShardId
 * "cannot" be given with it either, API_ListShards.html).
 */
function shardListStart(input: ListShardsInput, ctx: OperationContext) {
  if (input.NextToken === undefined) {
    const stream = listableStream(ctx, input);
    const start = input.ExclusiveStartShardId
      ? stream.shards.findIndex((s) => s.ShardId === input.ExclusiveStartShardId) + 1
      : 0;
    return { stream, start };
  }
  const clash =
    input.StreamName !== undefined
      ? 'StreamName'
      : input.ExclusiveStartShardId !== undefined
        ? 'ExclusiveStartShardId'
        : input.StreamCreationTimestamp !== undefined
          ? 'StreamCreationTimestamp'
          : undefined;
  if (clash)
    throw new AwsError(
      'InvalidArgumentException',
      `NextToken and ${clash} cannot be provided together.`,
    );
  const token = decodePageToken(input.NextToken, ctx.now);
  return { stream: listableStream(ctx, { StreamName: token.stream }), start: token.start };
}

export const ListShards: OperationDef<ListShardsInput, ListShardsOutput> = {
  authorize: (input, ctx) => {
    if (input.NextToken === undefined) return onStream('kinesis:ListShards')(input, ctx);
    try {
      const name = decodePageToken(input.NextToken, ctx.now).stream;
      return onStream('kinesis:ListShards')({ StreamName: name }, ctx);
    } catch {
      return [{ action: 'kinesis:ListShards', resource: '*' }];
    }
  },
  run(input, ctx) {
    const { stream, start } = shardListStart(input, ctx);
    const limit = pageSize(input.MaxResults, 'maxResults', 1000, 1000);
    const next = start + limit;
    return {
      Shards: stream.shards.slice(start, next).map(shardShape),
      ...(next < stream.shards.length
        ? {
            NextToken: encodePageToken({ stream: stream.StreamName, start: next, issued: ctx.now }),
          }
        : {}),
    };
  },
};
