import type {
  PutRecordBatchInput,
  PutRecordBatchOutput,
  PutRecordInput,
  PutRecordOutput,
} from '@aws-sdk/client-firehose';
import { AwsError } from '../core/errors';
import type { OperationContext, OperationDef } from '../core/operations';
import { blobBytes } from '../kinesis/blob';
import { acceptRecords, type IncomingRecord } from './delivery';
import { deliveryStreamOf, notFound, onDeliveryStream } from './model';
import { lazyRequestResponses, reserveRecordIds } from './recordIds';
import { isEncrypted } from './sse';
import type { StoredDeliveryStream } from './state';

/** Firehose: a record is at most 1,000 KiB; PutRecordBatch takes ≤ 500 records and ≤ 4 MiB (limits.html). */
export const MAX_RECORD_BYTES = 1000 * 1024;
export const MAX_BATCH_RECORDS = 500;
export const MAX_BATCH_BYTES = 4 * 1024 * 1024;
// Firehose ingestion: $0.029 per GB, each record rounded up to the next 5 KB (limits.html for the rounding;
// the price is the us-east-1 list price from memory, unconfirmed this session).
export const INGESTION_GB_USD = 0.029;
export const INGESTION_ROUNDING_BYTES = 5 * 1024;

/** Bytes billed for one record: its size rounded up to the next 5 KB. */
export function billedIngestionBytes(bytes: number): number {
  return Math.max(1, Math.ceil(bytes / INGESTION_ROUNDING_BYTES)) * INGESTION_ROUNDING_BYTES;
}

export function chargeIngestion(ctx: OperationContext, sizes: readonly number[]): void {
  if (sizes.length === 0) return;
  chargeBilledBytes(
    ctx,
    sizes.reduce((n, s) => n + billedIngestionBytes(s), 0),
  );
}

function chargeBilledBytes(ctx: OperationContext, bytes: number): void {
  ctx.charge({
    service: 'firehose',
    usageType: 'BilledBytes',
    unit: 'GB',
    quantity: bytes / 1024 ** 3,
    unitPrice: INGESTION_GB_USD,
  });
}

function directPutStream(ctx: OperationContext, name: string | undefined): StoredDeliveryStream {
  const stream = deliveryStreamOf(ctx, name);
  if (stream.DeliveryStreamStatus !== 'ACTIVE')
    throw notFound(ctx.world, stream.DeliveryStreamName);
  // Firehose: only a Direct PUT stream accepts PutRecord/PutRecordBatch; the service answers
  // "This operation is not permitted on KinesisStreamAsSource delivery stream type." (as quoted in aws-cli#7010).
  if (stream.DeliveryStreamType !== 'DirectPut')
    throw new AwsError(
      'InvalidArgumentException',
      `This operation is not permitted on ${stream.DeliveryStreamType} delivery stream type.`,
    );
  return stream;
}

function recordBytes(data: unknown): Uint8Array {
  const bytes = blobBytes(data, 'Record.Data', 'InvalidArgumentException');
  if (bytes.byteLength > MAX_RECORD_BYTES)
    throw new AwsError(
      'InvalidArgumentException',
      `A record is at most 1,000 KiB; this one is ${bytes.byteLength} bytes.`,
    );
  return bytes;
}

/** A required member left out fails request validation (API Common Errors: ValidationException). */
function requireMember(value: unknown, member: string): void {
  if (value === undefined || value === null)
    throw new AwsError(
      'ValidationException',
      `1 validation error detected: Value null at '${member}' failed to satisfy constraint: Member must not be null`,
    );
}

export const PutRecord: OperationDef<PutRecordInput, PutRecordOutput> = {
  authorize: onDeliveryStream('firehose:PutRecord'),
  async run(input, ctx) {
    requireMember(input.Record, 'record');
    requireMember(input.Record?.Data, 'record.data');
    const stream = directPutStream(ctx, input.DeliveryStreamName);
    const data = recordBytes(input.Record?.Data);
    chargeIngestion(ctx, [data.byteLength]);
    await acceptRecords(ctx, stream, [{ data, arrival: ctx.now }]);
    return { RecordId: reserveRecordIds(ctx, stream, 1)(0), Encrypted: isEncrypted(stream) };
  },
};

export const PutRecordBatch: OperationDef<PutRecordBatchInput, PutRecordBatchOutput> = {
  authorize: onDeliveryStream('firehose:PutRecordBatch'),
  async run(input, ctx) {
    requireMember(input.Records, 'records');
    const stream = directPutStream(ctx, input.DeliveryStreamName);
    const records = input.Records ?? [];
    if (records.length < 1 || records.length > MAX_BATCH_RECORDS)
      throw new AwsError(
        'InvalidArgumentException',
        `Records must hold 1 to ${MAX_BATCH_RECORDS} records; this batch has ${records.length}.`,
      );
    // One pass over a batch (a month of clickstream is millions of records): bytes, size, billing.
    const incoming: IncomingRecord[] = [];
    let total = 0;
    let billed = 0;
    for (const record of records) {
      const data = recordBytes(record.Data);
      incoming.push({ data, arrival: ctx.now });
      total += data.byteLength;
      billed += billedIngestionBytes(data.byteLength);
    }
    if (total > MAX_BATCH_BYTES)
      throw new AwsError(
        'InvalidArgumentException',
        `A PutRecordBatch request carries at most 4 MiB; this one carries ${total} bytes.`,
      );
    chargeBilledBytes(ctx, billed);
    await acceptRecords(ctx, stream, incoming);
    const responses = lazyRequestResponses(
      reserveRecordIds(ctx, stream, incoming.length),
      incoming.length,
    );
    return Object.assign(responses, { FailedPutCount: 0, Encrypted: isEncrypted(stream) });
  },
};
