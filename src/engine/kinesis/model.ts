import { strToU8 } from 'fflate';
import { AwsError } from '../core/errors';
import { serviceArn } from '../core/ids';
import type { OperationContext, RequiredAccess } from '../core/operations';
import { md5Hex } from '../s3/md5';
import type { World } from '../world';
import { kinesisState, type StoredShard, type StoredStream } from './state';

/** Kinesis: hash keys are 128-bit integers; a partition key's MD5 picks the shard (key-concepts.html). */
export const HASH_KEY_SPACE = 2n ** 128n;
/** Kinesis: retention defaults to 24 hours and goes up to 8,760 (kinesis-extended-retention.html). */
export const MIN_RETENTION_HOURS = 24;
export const MAX_RETENTION_HOURS = 8760;
/** A stream stays CREATING this long before it becomes ACTIVE (AWS takes seconds to minutes). */
export const STREAM_CREATE_DELAY_MS = 10_000;
export const STREAM_ACTIVE_EVENT = 'kinesis:streamActive';

/** Sequence numbers: fixed-width decimal strings, so they compare as strings and increase. */
export function sequenceNumber(counter: number): string {
  return `49${String(counter).padStart(54, '0')}`;
}

export function streamArnOf(world: World, name: string): string {
  return serviceArn('kinesis', world.defaultAccountId, `stream/${name}`, world.region);
}

/** Kinesis StreamName: "Length Constraints: Minimum length of 1. Maximum length of 128. Pattern: [a-zA-Z0-9_.-]+" (API_CreateStream.html). */
export const STREAM_NAME_PATTERN = /^[a-zA-Z0-9_.-]{1,128}$/;
/** Kinesis StreamARN pattern (API_DescribeStreamSummary.html). */
const STREAM_ARN_PATTERN =
  /^arn:aws[^:]*:kinesis:[a-z0-9-]+:\d{12}:stream\/([a-zA-Z0-9_.-]{1,128})$/;

/** The error AWS gives a member that breaks its modelled length or pattern. */
export function constraintError(field: string, value: unknown, rule: string): AwsError {
  return new AwsError(
    'ValidationException',
    `1 validation error detected: Value '${String(value)}' at '${field}' failed to satisfy constraint: ${rule}`,
  );
}

export function checkedStreamName(name: unknown): string {
  if (typeof name !== 'string' || !STREAM_NAME_PATTERN.test(name))
    throw constraintError(
      'streamName',
      name,
      typeof name === 'string' && name.length > 128
        ? 'Member must have length less than or equal to 128'
        : 'Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+',
    );
  return name;
}

/**
 * The stream a call names: "you must use either the StreamARN or the StreamName parameter, or both"
 * (API_DescribeStreamSummary.html); a name or ARN that breaks its pattern is a ValidationException.
 */
export function streamNameFrom(input: { StreamName?: string; StreamARN?: string }): string {
  const name = input.StreamName === undefined ? undefined : checkedStreamName(input.StreamName);
  let fromArn: string | undefined;
  if (input.StreamARN !== undefined) {
    const match = STREAM_ARN_PATTERN.exec(input.StreamARN);
    if (!match)
      throw constraintError(
        'streamARN',
        input.StreamARN,
        'Member must satisfy regular expression pattern: arn:aws.*:kinesis:.*:\\d{12}:stream/\\S+',
      );
    fromArn = match[1]!;
  }
  if (name !== undefined && fromArn !== undefined && name !== fromArn)
    throw new AwsError(
      'InvalidArgumentException',
      `StreamName ${name} and StreamARN ${String(input.StreamARN)} do not name the same stream.`,
    );
  const chosen = name ?? fromArn;
  if (chosen === undefined)
    throw new AwsError(
      'InvalidArgumentException',
      'Either StreamName or StreamARN must be provided.',
    );
  return chosen;
}

export function notFound(world: World, name: string): AwsError {
  return new AwsError(
    'ResourceNotFoundException',
    `Stream ${name} under account ${world.defaultAccountId} not found.`,
  );
}

export function streamOf(
  ctx: OperationContext,
  input: { StreamName?: string; StreamARN?: string },
): StoredStream {
  const name = streamNameFrom(input);
  const stream = kinesisState(ctx.world).streams[name];
  // An ARN of another account or Region names a stream this lake does not hold.
  if (!stream || (input.StreamARN !== undefined && input.StreamARN !== stream.StreamARN))
    throw notFound(ctx.world, name);
  return stream;
}

/** Data-plane calls need an ACTIVE stream; a CREATING stream answers as if it were not there yet. */
export function activeStreamOf(
  ctx: OperationContext,
  input: { StreamName?: string; StreamARN?: string },
): StoredStream {
  const stream = streamOf(ctx, input);
  if (stream.StreamStatus === 'CREATING') throw notFound(ctx.world, stream.StreamName);
  return stream;
}

/**
 * Control-plane changes (retention, deletion) need an ACTIVE stream: Kinesis answers
 * ResourceInUseException otherwise ("If the stream is in the ACTIVE state, you can delete it",
 * API_DeleteStream.html; "the resource must be in the ACTIVE state", ResourceInUseException).
 */
export function activeStreamForChange(
  ctx: OperationContext,
  input: { StreamName?: string; StreamARN?: string },
): StoredStream {
  const stream = streamOf(ctx, input);
  if (stream.StreamStatus !== 'ACTIVE')
    throw new AwsError(
      'ResourceInUseException',
      `Stream ${stream.StreamName} under account ${ctx.world.defaultAccountId} is ${stream.StreamStatus}, not ACTIVE: try again once DescribeStreamSummary shows it ACTIVE.`,
    );
  return stream;
}

/** The IAM access for an operation on the stream the input names. */
export function onStream(action: string) {
  return (
    input: { StreamName?: string; StreamARN?: string },
    ctx: OperationContext,
  ): RequiredAccess[] => {
    let resource = '*';
    try {
      resource = streamArnOf(ctx.world, streamNameFrom(input));
    } catch {
      // A missing name is reported by the operation itself.
    }
    return [{ action, resource }];
  };
}

export function shardIdOf(index: number): string {
  return `shardId-${String(index).padStart(12, '0')}`;
}

/** Splits the hash key space evenly, as CreateStream does for a new stream's shards. */
export function createShards(
  count: number,
  startingSequence: string,
  firstIndex = 0,
): StoredShard[] {
  const n = BigInt(count);
  return Array.from({ length: count }, (_, i) => ({
    ShardId: shardIdOf(firstIndex + i),
    StartingHashKey: ((BigInt(i) * HASH_KEY_SPACE) / n).toString(),
    EndingHashKey: ((BigInt(i + 1) * HASH_KEY_SPACE) / n - 1n).toString(),
    StartingSequenceNumber: startingSequence,
    records: [],
    writeSecond: 0,
    writeBytes: 0,
    writeRecords: 0,
    readSecond: 0,
    reads: 0,
  }));
}

// Pure caches (same input, same output), so determinism is unaffected; they only save MD5 and BigInt parsing.
const hashKeys = new Map<string, bigint>();
const parsedKeys = new Map<string, bigint>();
const CACHE_LIMIT = 10_000;

function parsed(decimal: string): bigint {
  let value = parsedKeys.get(decimal);
  if (value === undefined) {
    if (parsedKeys.size >= CACHE_LIMIT) parsedKeys.clear();
    parsedKeys.set(decimal, (value = BigInt(decimal)));
  }
  return value;
}

/** Kinesis: MD5 of the partition key, read as an unsigned 128-bit integer, is the hash key. */
export function hashKeyOf(partitionKey: string): bigint {
  let value = hashKeys.get(partitionKey);
  if (value === undefined) {
    if (hashKeys.size >= CACHE_LIMIT) hashKeys.clear();
    hashKeys.set(partitionKey, (value = BigInt(`0x${md5Hex(strToU8(partitionKey))}`)));
  }
  return value;
}

/** A shard closed by a reshard keeps its records until they expire but takes no new ones. */
export function openShards(stream: StoredStream): StoredShard[] {
  return stream.shards.filter((s) => s.EndingSequenceNumber === undefined);
}

export function shardFor(stream: StoredStream, hashKey: bigint): StoredShard {
  const shard = stream.shards.find(
    (s) =>
      s.EndingSequenceNumber === undefined &&
      hashKey >= parsed(s.StartingHashKey) &&
      hashKey <= parsed(s.EndingHashKey),
  );
  if (!shard)
    throw new AwsError('InvalidArgumentException', `No shard covers hash key ${hashKey}.`);
  return shard;
}

/** Drops records older than the retention period (Kinesis: records expire after retention). */
export function trimExpired(stream: StoredStream, now: number): void {
  const horizon = now - stream.RetentionPeriodHours * 3_600_000;
  for (const shard of stream.shards) {
    let drop = 0;
    while (
      drop < shard.records.length &&
      shard.records[drop]!.ApproximateArrivalTimestamp < horizon
    )
      drop++;
    if (drop > 0) shard.records.splice(0, drop);
  }
}
