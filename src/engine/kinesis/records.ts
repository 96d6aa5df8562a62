import type {
  PutRecordInput,
  PutRecordOutput,
  PutRecordsInput,
  PutRecordsOutput,
  PutRecordsResultEntry,
} from '@aws-sdk/client-kinesis';
import { strToU8 } from 'fflate';
import { AwsError } from '../core/errors';
import type { OperationContext, OperationDef } from '../core/operations';
import { forwardToFirehose } from '../firehose/kinesisSource';
import { blobBytes, toBase64 } from './blob';
import {
  ON_DEMAND_INGEST_GB_USD,
  PUT_PAYLOAD_UNITS_PER_MILLION_USD,
  putPayloadUnits,
} from './costs';
import {
  activeStreamOf,
  constraintError,
  hashKeyOf,
  HASH_KEY_SPACE,
  onStream,
  sequenceNumber,
  shardFor,
  trimExpired,
} from './model';
import type { StoredKinesisRecord, StoredShard, StoredStream } from './state';

/** Kinesis: a shard takes 1 MB/s or 1,000 records/s of writes, partition keys included (service-sizes-and-limits.html). */
export const SHARD_WRITE_BYTES_PER_SECOND = 1024 * 1024;
export const SHARD_WRITE_RECORDS_PER_SECOND = 1000;
/** Kinesis: a record's payload (with its partition key) is at most 1 MB; PutRecords takes ≤ 500 records, ≤ 5 MB. */
export const MAX_RECORD_BYTES = 1024 * 1024;
export const MAX_PUT_RECORDS = 500;
export const MAX_PUT_RECORDS_BYTES = 5 * 1024 * 1024;

interface RecordInput {
  Data?: unknown;
  PartitionKey?: string;
  ExplicitHashKey?: string;
}

type Appended =
  { ok: true; shard: StoredShard; record: StoredKinesisRecord } | { ok: false; shard: StoredShard };

function validated(input: RecordInput): {
  data: Uint8Array;
  key: string;
  size: number;
  hashKey: bigint;
} {
  const key = input.PartitionKey ?? '';
  if (key.length < 1 || key.length > 256)
    throw new AwsError('ValidationException', 'PartitionKey must be 1 to 256 characters long.');
  const data = blobBytes(input.Data, 'Data', 'ValidationException');
  const size = data.byteLength + strToU8(key).byteLength;
  if (size > MAX_RECORD_BYTES)
    throw new AwsError(
      'ValidationException',
      `A record's data and partition key are at most 1 MiB; this one is ${size} bytes.`,
    );
  let hashKey = hashKeyOf(key);
  if (input.ExplicitHashKey !== undefined) {
    // Kinesis ExplicitHashKey: "Pattern: 0|([1-9]\d{0,38})" (API_PutRecord.html), a hash key below 2^128.
    if (!/^(0|[1-9]\d{0,38})$/.test(input.ExplicitHashKey))
      throw constraintError(
        'explicitHashKey',
        input.ExplicitHashKey,
        'Member must satisfy regular expression pattern: 0|([1-9]\\d{0,38})',
      );
    if (BigInt(input.ExplicitHashKey) >= HASH_KEY_SPACE)
      throw new AwsError(
        'InvalidArgumentException',
        `Invalid ExplicitHashKey. ExplicitHashKey must be in the range: [0, 2^128-1]. Specified value was ${input.ExplicitHashKey}`,
      );
    hashKey = BigInt(input.ExplicitHashKey);
  }
  return { data, key, size, hashKey };
}

/**
 * Adds one record to its shard unless the shard's write budget for the current simulated second is spent.
 * Time is bucketed by whole simulated seconds: floor(now / 1000); a new second resets the shard's counters.
 */
function append(
  ctx: OperationContext,
  stream: StoredStream,
  input: ReturnType<typeof validated>,
): Appended {
  const shard = shardFor(stream, input.hashKey);
  const second = Math.floor(ctx.now / 1000);
  if (shard.writeSecond !== second) {
    shard.writeSecond = second;
    shard.writeBytes = 0;
    shard.writeRecords = 0;
  }
  if (
    shard.writeRecords + 1 > SHARD_WRITE_RECORDS_PER_SECOND ||
    shard.writeBytes + input.size > SHARD_WRITE_BYTES_PER_SECOND
  ) {
    stream.counters.throttledRecords++;
    return { ok: false, shard };
  }
  shard.writeRecords++;
  shard.writeBytes += input.size;
  stream.sequence++;
  const record: StoredKinesisRecord = {
    SequenceNumber: sequenceNumber(stream.sequence),
    ApproximateArrivalTimestamp: ctx.now,
    Data: toBase64(input.data),
    PartitionKey: input.key,
    size: input.size,
  };
  shard.records.push(record);
  stream.counters.incomingRecords++;
  stream.counters.incomingBytes += input.data.byteLength;
  stream.counters.lastPutAt = ctx.now;
  return { ok: true, shard, record };
}

function charge(ctx: OperationContext, stream: StoredStream, payloads: number[]): void {
  if (payloads.length === 0) return;
  if (stream.StreamMode === 'ON_DEMAND') {
    const gb = payloads.reduce((sum, b) => sum + b, 0) / 1024 ** 3;
    ctx.charge({
      service: 'kinesis',
      usageType: 'OnDemand-DataIngested',
      unit: 'GB',
      quantity: gb,
      unitPrice: ON_DEMAND_INGEST_GB_USD,
    });
    return;
  }
  const units = payloads.reduce((sum, b) => sum + putPayloadUnits(b), 0);
  ctx.charge({
    service: 'kinesis',
    usageType: 'PutRequestPayloadUnits',
    unit: 'million PUT payload units',
    quantity: units / 1e6,
    unitPrice: PUT_PAYLOAD_UNITS_PER_MILLION_USD,
  });
}

const throttleMessage = (ctx: OperationContext, stream: StoredStream, shard: StoredShard) =>
  `Rate exceeded for shard ${shard.ShardId} in stream ${stream.StreamName} under account ${ctx.world.defaultAccountId}.`;

export const PutRecord: OperationDef<PutRecordInput, PutRecordOutput> = {
  authorize: onStream('kinesis:PutRecord'),
  async run(input, ctx) {
    const stream = activeStreamOf(ctx, input);
    const record = validated(input);
    trimExpired(stream, ctx.now);
    const appended = append(ctx, stream, record);
    if (!appended.ok)
      throw new AwsError(
        'ProvisionedThroughputExceededException',
        throttleMessage(ctx, stream, appended.shard),
      );
    charge(ctx, stream, [record.data.byteLength]);
    await forwardToFirehose(ctx, stream);
    return {
      ShardId: appended.shard.ShardId,
      SequenceNumber: appended.record.SequenceNumber,
      EncryptionType: 'NONE',
    };
  },
};

export const PutRecords: OperationDef<PutRecordsInput, PutRecordsOutput> = {
  authorize: onStream('kinesis:PutRecords'),
  async run(input, ctx) {
    const stream = activeStreamOf(ctx, input);
    const entries = input.Records ?? [];
    if (entries.length < 1 || entries.length > MAX_PUT_RECORDS)
      throw new AwsError(
        'ValidationException',
        `Records must hold 1 to ${MAX_PUT_RECORDS} records; this request has ${entries.length}.`,
      );
    const records = entries.map(validated);
    const total = records.reduce((sum, r) => sum + r.size, 0);
    if (total > MAX_PUT_RECORDS_BYTES)
      throw new AwsError(
        'InvalidArgumentException',
        `A PutRecords request carries at most 5 MiB; this one carries ${total} bytes.`,
      );
    trimExpired(stream, ctx.now);
    // Kinesis: PutRecords is not atomic; each record succeeds or fails on its own, in order (API_PutRecords.html).
    const results = records.map((r) => ({ r, appended: append(ctx, stream, r) }));
    const accepted: StoredKinesisRecord[] = [];
    const out: PutRecordsResultEntry[] = results.map(({ appended }) => {
      if (!appended.ok)
        return {
          ErrorCode: 'ProvisionedThroughputExceededException',
          ErrorMessage: throttleMessage(ctx, stream, appended.shard),
        };
      accepted.push(appended.record);
      return { ShardId: appended.shard.ShardId, SequenceNumber: appended.record.SequenceNumber };
    });
    charge(
      ctx,
      stream,
      results.filter((x) => x.appended.ok).map((x) => x.r.data.byteLength),
    );
    await forwardToFirehose(ctx, stream);
    return {
      FailedRecordCount: records.length - accepted.length,
      Records: out,
      EncryptionType: 'NONE',
    };
  },
};
