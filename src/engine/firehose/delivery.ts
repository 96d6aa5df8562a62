import { strFromU8 } from 'fflate';
import type { OperationContext } from '../core/operations';
import { clickstreamStateOf } from '../sources/clickstream/state';
import type { World } from '../world';
import { appendRecords, emptyBuffer, type IncomingRecord } from './buffer';
import { extractKey } from './jq';
import { flushBuffer, writeErrorObject, type FailedRecord } from './flush';
import type { DeliveryBuffer, StoredDeliveryStream } from './state';

export const FLUSH_EVENT = 'firehose:flush';
/** Firehose: at most 500 active partitions per stream; records for more go to the error prefix (buffering.html). */
export const MAX_ACTIVE_PARTITIONS = 500;
const MIB = 1024 * 1024;

export interface FlushEventData {
  streamName: string;
  partition: string;
  oldest: number;
}

export type { IncomingRecord };

/** The partition a record goes to: its extracted keys, or why they could not be extracted. */
function partitionOf(
  stream: StoredDeliveryStream,
  data: Uint8Array,
): { keys: Record<string, string> } | { error: string } {
  const paths = stream.destination.partitionKeys;
  if (!paths) return { keys: {} };
  let parsed: unknown;
  try {
    parsed = JSON.parse(strFromU8(data));
  } catch {
    return { error: 'The record is not valid JSON, so the partition keys could not be extracted.' };
  }
  const keys: Record<string, string> = {};
  for (const [key, path] of Object.entries(paths)) {
    const value = extractKey(parsed, path);
    if (value === undefined)
      return {
        error: `The query ${path} for partition key ${key} returned null or a non-scalar value.`,
      };
    keys[key] = value;
  }
  return { keys };
}

const partitionName = (keys: Record<string, string>) =>
  JSON.stringify(keys) === '{}' ? '' : JSON.stringify(keys);

/**
 * Deliveries of a stream the running clickstream producer feeds (directly or through its Kinesis
 * source) recur as long as it runs, so "run until idle" treats them as background work.
 */
function isFedByProducer(world: World, stream: StoredDeliveryStream): boolean {
  const producer = clickstreamStateOf(world)?.config;
  if (!producer?.enabled) return false;
  const target = producer.target;
  if (target.kind === 'firehose') return target.deliveryStreamName === stream.DeliveryStreamName;
  if (target.kind === 'kinesis')
    return stream.source?.KinesisStreamARN.endsWith(`:stream/${target.streamName}`) ?? false;
  if (target.kind === 'msk')
    return (
      stream.mskSource?.MSKClusterARN === target.clusterArn &&
      stream.mskSource.TopicName === target.topicName
    );
  return false;
}

/** The partition's buffer; opening one schedules its interval delivery. */
function bufferFor(
  ctx: OperationContext,
  stream: StoredDeliveryStream,
  keys: Record<string, string>,
  arrival: number,
): string {
  const name = partitionName(keys);
  if (stream.buffers[name]) return name;
  stream.buffers[name] = emptyBuffer(arrival, keys);
  // Firehose: the buffer interval counts from the first record in the buffer (basic-deliver.html).
  if (stream.destination.IntervalInSeconds > 0)
    ctx.clock.schedule(
      arrival + stream.destination.IntervalInSeconds * 1000,
      FLUSH_EVENT,
      {
        streamName: stream.DeliveryStreamName,
        partition: name,
        oldest: arrival,
      } satisfies FlushEventData,
      { background: isFedByProducer(ctx.world, stream) },
    );
  return name;
}

function tooManyPartitions(
  stream: StoredDeliveryStream,
  keys: Record<string, string>,
): { code: string; message: string } | undefined {
  const name = partitionName(keys);
  if (name in stream.buffers || Object.keys(stream.buffers).length < MAX_ACTIVE_PARTITIONS)
    return undefined;
  return {
    code: 'activePartitionExceeded',
    message: `The stream already has ${MAX_ACTIVE_PARTITIONS} active partitions.`,
  };
}

function isFull(stream: StoredDeliveryStream, buffer: DeliveryBuffer | undefined): boolean {
  if (!buffer) return false;
  // Firehose: delivery happens when the size or the interval is reached, whichever comes first.
  return (
    stream.destination.IntervalInSeconds === 0 || buffer.bytes >= stream.destination.SizeInMBs * MIB
  );
}

/** Without dynamic partitioning every record goes to the one buffer (partition ''), as one chunk. */
async function acceptUnpartitioned(
  ctx: OperationContext,
  stream: StoredDeliveryStream,
  records: readonly IncomingRecord[],
): Promise<void> {
  if (records.length === 0) return;
  let bytes = 0;
  for (const record of records) bytes += record.data.byteLength;
  stream.counters.incomingRecords += records.length;
  stream.counters.incomingBytes += bytes;
  const name = bufferFor(ctx, stream, {}, records[0]!.arrival);
  appendRecords(stream.buffers[name]!, records, stream.destination.appendDelimiter ? 1 : 0);
  if (isFull(stream, stream.buffers[name])) await flushBuffer(ctx, stream, name);
}

/** Takes records into the stream's buffers; flushes a buffer that reaches its size (or at once with zero buffering). */
export async function acceptRecords(
  ctx: OperationContext,
  stream: StoredDeliveryStream,
  records: readonly IncomingRecord[],
): Promise<void> {
  if (!stream.destination.partitionKeys && !tooManyPartitions(stream, {}))
    return acceptUnpartitioned(ctx, stream, records);
  const failed: FailedRecord[] = [];
  // Records by partition, in arrival order; each partition's share becomes one chunk of its buffer.
  const touched = new Map<string, IncomingRecord[]>();
  for (const record of records) {
    stream.counters.incomingRecords++;
    stream.counters.incomingBytes += record.data.byteLength;
    const partition = partitionOf(stream, record.data);
    const refusal =
      'error' in partition
        ? { code: 'DynamicPartitioning.MetadataExtractionFailed', message: partition.error }
        : tooManyPartitions(stream, partition.keys);
    if (refusal) failed.push({ data: record.data, arrival: record.arrival, ...refusal });
    else if (!('error' in partition)) {
      const name = bufferFor(ctx, stream, partition.keys, record.arrival);
      const list = touched.get(name);
      if (list) list.push(record);
      else touched.set(name, [record]);
    }
  }
  const delimiterBytes = stream.destination.appendDelimiter ? 1 : 0;
  for (const [name, list] of touched) appendRecords(stream.buffers[name]!, list, delimiterBytes);
  if (failed.length > 0) await writeErrorObject(ctx, stream, 'processing-failed', failed);
  for (const name of touched.keys())
    if (isFull(stream, stream.buffers[name])) await flushBuffer(ctx, stream, name);
}
