import type { GetTableResponse } from '@aws-sdk/client-glue';
import { strFromU8, strToU8 } from 'fflate';
import { AwsError, isAwsError } from '../core/errors';
import type { OperationContext } from '../core/operations';
import { concatBytes } from '../formats/snappy';
import { toBase64 } from '../kinesis/blob';
import {
  appendRecords,
  bufferedBytes,
  bufferedRecordCount,
  emptyBuffer,
  recordsOf,
  type IncomingRecord,
} from './buffer';
import { roleProblem } from './model';
import { compressObject, EXTENSIONS, parquetColumnsOf, parquetObject, rowOf } from './encode';
import { effectiveErrorPrefix, effectivePrefix, evaluatePrefix, formatTimestamp } from './prefix';
import type { DeliveryBuffer, ErrorOutputType, StoredDeliveryStream } from './state';

// Firehose us-east-1 list prices (aws.amazon.com/kinesis/data-firehose/pricing, from memory, unconfirmed this session).
export const FORMAT_CONVERSION_GB_USD = 0.018;
/** Firehose: Direct PUT data is kept 24 hours while the destination is unavailable (limits.html). */
export const RETRY_WINDOW_MS = 24 * 3_600_000;
/** How often LakeLab retries a failed S3 delivery (AWS retries continually; the exact cadence is not documented). */
export const RETRY_EVERY_MS = 60_000;
const MAX_ERRORS_KEPT = 20;
const GIB = 1024 ** 3;

export interface FailedRecord {
  data: Uint8Array;
  arrival: number;
  code: string;
  message: string;
}

function uuid(ctx: OperationContext): string {
  const hex = ctx.rng.hex(32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** `<stream name>-<version>-<yyyy-MM-dd-HH-mm-ss>-<uuid>` (s3-object-name.html). */
export function objectNameOf(
  ctx: OperationContext,
  stream: StoredDeliveryStream,
  at: number,
): string {
  return `${stream.DeliveryStreamName}-${stream.VersionId}-${formatTimestamp('yyyy-MM-dd-HH-mm-ss', at)}-${uuid(ctx)}`;
}

export function recordError(
  stream: StoredDeliveryStream,
  at: number,
  code: string,
  message: string,
): void {
  stream.errors.push({ at, code, message });
  if (stream.errors.length > MAX_ERRORS_KEPT)
    stream.errors.splice(0, stream.errors.length - MAX_ERRORS_KEPT);
}

/** Writes an object as the stream's role, so IAM decides; failures are recorded as delivery errors. */
async function putObject(
  ctx: OperationContext,
  stream: StoredDeliveryStream,
  key: string,
  body: Uint8Array,
): Promise<boolean> {
  const bucket = stream.destination.BucketARN.replace(/^arn:aws:s3:::/, '');
  const problem = roleProblem(ctx.world, stream.destination.RoleARN);
  if (problem) {
    recordError(stream, ctx.now, 'S3.AssumeRoleFailed', problem);
    return false;
  }
  try {
    await ctx.call(
      's3',
      'PutObject',
      {
        Bucket: bucket,
        Key: key,
        Body: body,
        // Firehose: with KMSEncryptionConfig, objects are written with SSE-KMS under that key (API_KMSEncryptionConfig.html).
        ...(stream.destination.kmsKeyArn
          ? { ServerSideEncryption: 'aws:kms', SSEKMSKeyId: stream.destination.kmsKeyArn }
          : {}),
      },
      { principal: stream.destination.RoleARN },
    );
    return true;
  } catch (error) {
    if (!isAwsError(error)) throw error;
    recordError(stream, ctx.now, `S3.${error.name}`, error.message);
    return false;
  }
}

/** Failed records go to the error prefix as JSON lines describing each failure (with the raw data in base64). */
export async function writeErrorObject(
  ctx: OperationContext,
  stream: StoredDeliveryStream,
  type: ErrorOutputType,
  failed: readonly FailedRecord[],
): Promise<void> {
  if (failed.length === 0) return;
  stream.counters.failedRecords += failed.length;
  const lines = failed.map((f) =>
    JSON.stringify({
      attemptsMade: 1,
      arrivalTimestamp: f.arrival,
      errorCode: f.code,
      errorMessage: f.message,
      attemptEndingTimestamp: ctx.now,
      rawData: toBase64(f.data),
    }),
  );
  const oldest = Math.min(...failed.map((f) => f.arrival));
  const prefix = evaluatePrefix(effectiveErrorPrefix(stream.destination.ErrorOutputPrefix), {
    timestamp: oldest,
    random: () => ctx.rng.alphanumeric(11),
    errorType: type,
  });
  await putObject(
    ctx,
    stream,
    prefix + objectNameOf(ctx, stream, oldest),
    strToU8(lines.map((l) => `${l}\n`).join('')),
  );
}

/** JSON → Parquet with the Glue table's schema, read as the schema role; records that do not fit fail. */
async function convert(
  ctx: OperationContext,
  stream: StoredDeliveryStream,
  incoming: IncomingRecord[],
): Promise<{ body?: Uint8Array; failed: FailedRecord[] }> {
  const conversion = stream.destination.conversion!;
  let table: GetTableResponse['Table'];
  try {
    const problem = roleProblem(ctx.world, conversion.RoleARN);
    if (problem) throw new AwsError('AssumeRoleFailed', problem);
    const input = {
      DatabaseName: conversion.DatabaseName,
      Name: conversion.TableName,
      ...(conversion.CatalogId ? { CatalogId: conversion.CatalogId } : {}),
    };
    table = (
      await ctx.call<GetTableResponse>('glue', 'GetTable', input, { principal: conversion.RoleARN })
    ).Table;
  } catch (error) {
    if (!isAwsError(error)) throw error;
    const failed = incoming.map(({ data, arrival }) => ({
      data,
      arrival,
      code: `DataFormatConversion.${error.name}`,
      message: error.message,
    }));
    return { failed };
  }
  const columns = parquetColumnsOf(table);
  const rows: unknown[][] = [];
  const failed: FailedRecord[] = [];
  incoming.forEach(({ data, arrival }) => {
    try {
      rows.push(rowOf(strFromU8(data), columns));
    } catch (error) {
      failed.push({
        data,
        arrival,
        code: 'DataFormatConversion.MalformedData',
        message: `The record could not be converted: ${(error as Error).message}.`,
      });
    }
  });
  ctx.charge({
    service: 'firehose',
    usageType: 'DataFormatConversion-Bytes',
    unit: 'GB',
    quantity: incoming.reduce((n, r) => n + r.data.byteLength, 0) / GIB,
    unitPrice: FORMAT_CONVERSION_GB_USD,
  });
  return { ...(rows.length > 0 ? { body: parquetObject(columns, rows) } : {}), failed };
}

function retryLater(
  ctx: OperationContext,
  stream: StoredDeliveryStream,
  partition: string,
  buffer: DeliveryBuffer,
  kind: string,
): void {
  const records = recordsOf(buffer);
  const fresh = records.filter((r) => r.arrival >= ctx.now - RETRY_WINDOW_MS);
  const dropped = records.length - fresh.length;
  if (dropped > 0) {
    stream.counters.failedRecords += dropped;
    recordError(
      stream,
      ctx.now,
      'S3.RetryWindowExpired',
      `${dropped} records were older than 24 hours and were dropped.`,
    );
  }
  if (fresh.length === 0) return;
  const delimiterBytes = stream.destination.appendDelimiter ? 1 : 0;
  // The kept records go first, then whatever arrived since the delivery began.
  const merged = emptyBuffer(fresh[0]!.arrival, buffer.keys);
  appendRecords(merged, fresh, delimiterBytes);
  const newer = stream.buffers[partition];
  if (newer) {
    merged.chunks.push(...newer.chunks);
    merged.counts.push(...newer.counts);
    merged.sizes.push(...newer.sizes);
    merged.arrivals.push(...newer.arrivals);
    merged.bytes += newer.bytes;
  }
  stream.buffers[partition] = merged;
  ctx.clock.schedule(ctx.now + RETRY_EVERY_MS, kind, {
    streamName: stream.DeliveryStreamName,
    partition,
    oldest: merged.oldest,
  });
}

/** The object's bytes before compression: records back to back, each followed by a newline when the delimiter is on. */
function rawBody(stream: StoredDeliveryStream, buffer: DeliveryBuffer): Uint8Array {
  if (!stream.destination.appendDelimiter) return bufferedBytes(buffer);
  const delimiter = strToU8('\n');
  return concatBytes(recordsOf(buffer).flatMap((r) => [r.data, delimiter]));
}

/** Delivers one buffer as one S3 object under the evaluated prefix; on failure keeps it for a retry. */
export async function flushBuffer(
  ctx: OperationContext,
  stream: StoredDeliveryStream,
  partition: string,
  kind = 'firehose:flush',
): Promise<void> {
  const buffer = stream.buffers[partition];
  if (!buffer || bufferedRecordCount(buffer) === 0) return;
  Reflect.deleteProperty(stream.buffers, partition);
  const destination = stream.destination;
  const name = objectNameOf(ctx, stream, buffer.oldest);
  let body: Uint8Array | undefined;
  let records = bufferedRecordCount(buffer);
  if (destination.conversion) {
    const converted = await convert(ctx, stream, recordsOf(buffer));
    await writeErrorObject(ctx, stream, 'format-conversion-failed', converted.failed);
    body = converted.body;
    records -= converted.failed.length;
  } else body = compressObject(rawBody(stream, buffer), destination.CompressionFormat, name);
  if (!body) return;
  const prefix = evaluatePrefix(
    effectivePrefix(destination.Prefix, destination.partitionKeys !== undefined),
    { timestamp: buffer.oldest, random: () => ctx.rng.alphanumeric(11), keys: buffer.keys },
  );
  const key =
    prefix + name + (destination.conversion ? '' : EXTENSIONS[destination.CompressionFormat]);
  if (!(await putObject(ctx, stream, key, body))) {
    retryLater(ctx, stream, partition, buffer, kind);
    return;
  }
  const counters = stream.counters;
  counters.deliveredObjects++;
  counters.deliveredRecords += records;
  counters.deliveredBytes += body.byteLength;
  counters.lastDeliveryAt = ctx.now;
  counters.lastObjectKey = key;
}
