import type {
  GetRecordsInput,
  GetRecordsOutput,
  GetShardIteratorInput,
  GetShardIteratorOutput,
  _Record,
  ChildShard,
} from '@aws-sdk/client-kinesis';
import { strToU8, strFromU8 } from 'fflate';
import { AwsError } from '../core/errors';
import type { OperationContext, OperationDef, RequiredAccess } from '../core/operations';
import { blobBytes, fromBase64, toBase64 } from './blob';
import {
  activeStreamOf,
  constraintError,
  notFound,
  onStream,
  sequenceNumber,
  streamArnOf,
  trimExpired,
} from './model';
import { pageSize } from './pagination';
import { kinesisState, type StoredShard, type StoredStream } from './state';

/** Kinesis: a shard iterator expires five minutes after it is returned (API_GetShardIterator.html). */
export const ITERATOR_LIFETIME_MS = 5 * 60_000;
/** Kinesis: GetRecords returns at most 10,000 records and 10 MB; a shard serves 5 reads a second. */
export const MAX_GET_RECORDS = 10_000;
export const MAX_GET_BYTES = 10 * 1024 * 1024;
export const SHARD_READS_PER_SECOND = 5;

interface IteratorState {
  stream: string;
  shard: string;
  /** Records with a sequence number greater than this are next. */
  after: string;
  issued: number;
}

function encodeIterator(state: IteratorState): string {
  return toBase64(strToU8(JSON.stringify(state)));
}

function decodeIterator(text: string | undefined): IteratorState {
  try {
    const state = JSON.parse(strFromU8(blobBytes(text ?? '', 'ShardIterator'))) as IteratorState;
    if (typeof state.after === 'string' && typeof state.shard === 'string') return state;
  } catch {
    // falls through to the error below
  }
  throw new AwsError('InvalidArgumentException', 'ShardIterator is not a valid shard iterator.');
}

/** The stream's shard of that id (ShardId required; ResourceNotFoundException when unknown). */
export function shardOf(
  ctx: OperationContext,
  stream: StoredStream,
  shardId: string | undefined,
): StoredShard {
  if (shardId === undefined) throw constraintError('shardId', null, 'Member must not be null');
  const shard = stream.shards.find((s) => s.ShardId === shardId);
  if (!shard)
    throw new AwsError(
      'ResourceNotFoundException',
      `Shard ${String(shardId)} in stream ${stream.StreamName} under account ${ctx.world.defaultAccountId} does not exist`,
    );
  return shard;
}

const previous = (sequence: string): string => {
  const value = BigInt(sequence) - 1n;
  return value.toString().padStart(sequence.length, '0');
};

/**
 * Kinesis: a StartingSequenceNumber must be one "returned by earlier calls to PutRecord, PutRecords,
 * GetRecords, or DescribeStream" for this shard (API_GetShardIterator.html): one never handed out,
 * or one of another shard, is an InvalidArgumentException.
 */
function checkFromShard(padded: string, stream: StoredStream, shard: StoredShard): void {
  const elsewhere = (s: StoredShard) =>
    s !== shard && s.records.some((r) => r.SequenceNumber === padded);
  const neverIssued = padded.length > 56 || padded > sequenceNumber(stream.sequence);
  if (neverIssued || stream.shards.some(elsewhere))
    throw new AwsError(
      'InvalidArgumentException',
      `StartingSequenceNumber ${padded.replace(/^0+(?=\d)/, '')} used in GetShardIterator on shard ${shard.ShardId} in stream ${stream.StreamName} is invalid because it did not come from this shard.`,
    );
}

function positionFor(
  input: GetShardIteratorInput,
  stream: StoredStream,
  shard: StoredShard,
): string {
  switch (input.ShardIteratorType) {
    case 'TRIM_HORIZON':
      return sequenceNumber(0);
    case 'LATEST':
      return sequenceNumber(stream.sequence);
    case 'AT_SEQUENCE_NUMBER':
    case 'AFTER_SEQUENCE_NUMBER': {
      const seq = input.StartingSequenceNumber ?? '';
      if (!/^\d{1,128}$/.test(seq))
        throw new AwsError(
          'InvalidArgumentException',
          'StartingSequenceNumber is required and must be a decimal sequence number.',
        );
      const padded = seq.padStart(56, '0');
      checkFromShard(padded, stream, shard);
      return input.ShardIteratorType === 'AT_SEQUENCE_NUMBER' ? previous(padded) : padded;
    }
    case 'AT_TIMESTAMP': {
      if (input.Timestamp === undefined)
        throw new AwsError('InvalidArgumentException', 'Timestamp is required for AT_TIMESTAMP.');
      const raw = input.Timestamp as unknown;
      const at =
        raw instanceof Date
          ? raw.getTime()
          : typeof raw === 'number'
            ? raw * 1000
            : Date.parse(String(raw));
      const first = shard.records.find((r) => r.ApproximateArrivalTimestamp >= at);
      return first ? previous(first.SequenceNumber) : sequenceNumber(stream.sequence);
    }
    default:
      throw constraintError(
        'shardIteratorType',
        input.ShardIteratorType,
        'Member must satisfy enum value set: [AT_SEQUENCE_NUMBER, AFTER_SEQUENCE_NUMBER, TRIM_HORIZON, LATEST, AT_TIMESTAMP, AT_SHARD_START]',
      );
  }
}

export const GetShardIterator: OperationDef<GetShardIteratorInput, GetShardIteratorOutput> = {
  authorize: onStream('kinesis:GetShardIterator'),
  run(input, ctx) {
    const stream = activeStreamOf(ctx, input);
    const shard = shardOf(ctx, stream, input.ShardId);
    const after = positionFor(input, stream, shard);
    return {
      ShardIterator: encodeIterator({
        stream: stream.StreamName,
        shard: shard.ShardId,
        after,
        issued: ctx.now,
      }),
    };
  },
};

function readBudget(ctx: OperationContext, stream: StoredStream, shard: StoredShard): void {
  const second = Math.floor(ctx.now / 1000);
  if (shard.readSecond !== second) {
    shard.readSecond = second;
    shard.reads = 0;
  }
  if (++shard.reads > SHARD_READS_PER_SECOND)
    throw new AwsError(
      'ProvisionedThroughputExceededException',
      `Rate exceeded for shard ${shard.ShardId} in stream ${stream.StreamName} under account ${ctx.world.defaultAccountId}.`,
    );
}

/** Kinesis: "If you specify a value that is greater than 10,000, GetRecords throws InvalidArgumentException" (API_GetRecords.html). */
function recordLimit(limit: number | undefined): number {
  if (limit !== undefined && limit > MAX_GET_RECORDS)
    throw new AwsError(
      'InvalidArgumentException',
      `Limit ${limit} is greater than the maximum of ${MAX_GET_RECORDS} records per GetRecords call.`,
    );
  return pageSize(limit, 'limit', MAX_GET_RECORDS, MAX_GET_RECORDS);
}

function childShards(stream: StoredStream, shard: StoredShard): ChildShard[] {
  return stream.shards
    .filter((s) => s.ParentShardId === shard.ShardId || s.AdjacentParentShardId === shard.ShardId)
    .map((s) => ({
      ShardId: s.ShardId,
      ParentShards: [s.ParentShardId, s.AdjacentParentShardId].filter((id) => id !== undefined),
      HashKeyRange: { StartingHashKey: s.StartingHashKey, EndingHashKey: s.EndingHashKey },
    }));
}

export const GetRecords: OperationDef<GetRecordsInput, GetRecordsOutput> = {
  readOnly: false,
  authorize: (input, ctx): RequiredAccess[] => {
    try {
      const name = decodeIterator(input.ShardIterator).stream;
      return [{ action: 'kinesis:GetRecords', resource: streamArnOf(ctx.world, name) }];
    } catch {
      return [{ action: 'kinesis:GetRecords', resource: '*' }];
    }
  },
  run(input, ctx) {
    const iterator = decodeIterator(input.ShardIterator);
    if (ctx.now - iterator.issued > ITERATOR_LIFETIME_MS)
      throw new AwsError(
        'ExpiredIteratorException',
        `Iterator expired. The iterator was created at time ${new Date(iterator.issued).toUTCString()} while right now it is ${new Date(ctx.now).toUTCString()} which is further in the future than the tolerated delay of 300000 milliseconds.`,
      );
    const stream = kinesisState(ctx.world).streams[iterator.stream];
    if (!stream) throw notFound(ctx.world, iterator.stream);
    const shard = shardOf(ctx, stream, iterator.shard);
    readBudget(ctx, stream, shard);
    trimExpired(stream, ctx.now);
    const limit = recordLimit(input.Limit);
    const out: _Record[] = [];
    let bytes = 0;
    for (const r of shard.records) {
      if (r.SequenceNumber <= iterator.after) continue;
      if (out.length >= limit || bytes + r.size > MAX_GET_BYTES) break;
      const data = fromBase64(r.Data) ?? new Uint8Array();
      bytes += data.byteLength;
      out.push({
        SequenceNumber: r.SequenceNumber,
        ApproximateArrivalTimestamp: new Date(r.ApproximateArrivalTimestamp),
        Data: data,
        PartitionKey: r.PartitionKey,
      });
    }
    stream.counters.outgoingRecords += out.length;
    stream.counters.outgoingBytes += bytes;
    const after = out.at(-1)?.SequenceNumber ?? iterator.after;
    const newest = shard.records.at(-1);
    const lastReturned = out.at(-1)?.ApproximateArrivalTimestamp?.getTime();
    const caughtUp = !newest || newest.SequenceNumber <= after;
    const millisBehind = caughtUp ? 0 : Math.max(0, ctx.now - (lastReturned ?? ctx.now));
    // Kinesis: NextShardIterator "If set to null, the shard has been closed and the requested iterator does not
    // return any more data"; ChildShards are returned "when the end of the current shard is reached" (API_GetRecords.html).
    if (shard.EndingSequenceNumber !== undefined && caughtUp)
      return {
        Records: out,
        MillisBehindLatest: millisBehind,
        ChildShards: childShards(stream, shard),
      };
    return {
      Records: out,
      NextShardIterator: encodeIterator({ ...iterator, after, issued: ctx.now }),
      MillisBehindLatest: millisBehind,
    };
  },
};
