import { concatBytes } from '../formats/snappy';
import { fromBase64 } from '../kinesis/blob';
import type { DeliveryBuffer } from './state';

/** A record as it arrived: its bytes and when. */
export interface IncomingRecord {
  data: Uint8Array;
  arrival: number;
}

/** A buffer with no records yet. */
export function emptyBuffer(oldest: number, keys: Record<string, string>): DeliveryBuffer {
  return { chunks: [], counts: [], sizes: [], arrivals: [], bytes: 0, oldest, keys };
}

/** How many records wait in the buffer (also for a buffer saved before chunks, not yet upgraded). */
export function bufferedRecordCount(buffer: DeliveryBuffer): number {
  return (buffer as DeliveryBuffer & LegacyBuffer).records?.length ?? buffer.sizes.length;
}

/**
 * Appends records as one chunk: their bytes back to back, so a month of buffered traffic is a few
 * arrays per buffer, not an object per record. Bytes in the world are never changed once written
 * (cloneWorld shares them), so records that already are the whole of one array, back to back (a
 * producer's tick), are kept as they are; others are copied, so no chunk holds on to a larger array.
 */
export function appendRecords(
  buffer: DeliveryBuffer,
  records: readonly IncomingRecord[],
  delimiterBytes: number,
): void {
  if (records.length === 0) return;
  buffer.chunks.push(joinedBytes(records));
  buffer.counts.push(records.length);
  for (const record of records) {
    buffer.sizes.push(record.data.byteLength);
    buffer.arrivals.push(record.arrival);
    buffer.bytes += record.data.byteLength + delimiterBytes;
  }
}

/** The records' bytes back to back: their own array when they fill it exactly, else a new one. */
function joinedBytes(records: readonly IncomingRecord[]): Uint8Array {
  const first = records[0]!.data;
  let end = first.byteOffset + first.byteLength;
  for (let i = 1; i < records.length; i++) {
    const data = records[i]!.data;
    if (data.buffer !== first.buffer || data.byteOffset !== end)
      return concatBytes(records.map((r) => r.data));
    end += data.byteLength;
  }
  const whole = first.byteOffset === 0 && end === first.buffer.byteLength;
  const joined = new Uint8Array(first.buffer, first.byteOffset, end - first.byteOffset);
  return whole ? joined : joined.slice();
}

/** The buffered records, in arrival order; their data are views into the buffer's chunks. */
export function recordsOf(buffer: DeliveryBuffer): IncomingRecord[] {
  const records: IncomingRecord[] = [];
  let index = 0;
  buffer.chunks.forEach((chunk, c) => {
    let at = 0;
    for (const end = index + buffer.counts[c]!; index < end; index++) {
      const size = buffer.sizes[index]!;
      records.push({ data: chunk.subarray(at, at + size), arrival: buffer.arrivals[index]! });
      at += size;
    }
  });
  return records;
}

/** Every buffered byte in order, records back to back (no delimiter). */
export function bufferedBytes(buffer: DeliveryBuffer): Uint8Array {
  return concatBytes(buffer.chunks);
}

/** How buffers were kept before chunks: one object per record, its Data in base64. */
interface LegacyBuffer {
  records?: { Data: string; arrival: number; bytes: number }[];
}

/** Rewrites a buffer saved before chunks (records with base64 Data) in place; others are left alone. */
export function upgradeLegacyBuffer(buffer: DeliveryBuffer): void {
  const legacy = buffer as DeliveryBuffer & LegacyBuffer;
  if (!legacy.records) return;
  const records = legacy.records;
  delete legacy.records;
  Object.assign(buffer, emptyBuffer(buffer.oldest, buffer.keys ?? {}));
  appendRecords(
    buffer,
    records.map((r) => ({ data: fromBase64(r.Data) ?? new Uint8Array(), arrival: r.arrival })),
    0,
  );
  buffer.bytes = records.reduce((n, r) => n + r.bytes, 0);
}
