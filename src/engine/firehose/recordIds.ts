import type { PutRecordBatchResponseEntry } from '@aws-sdk/client-firehose';
import type { OperationContext } from '../core/operations';
import type { StoredDeliveryStream } from './state';

/** murmur3's 32-bit finaliser: a bijection on 32-bit numbers that scatters neighbouring inputs. */
function scatter(value: number): number {
  let h = value | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const hex8 = (n: number) => n.toString(16).padStart(8, '0');

/**
 * One RecordId: the time in hex, the counter (8 hex digits at least) and 16 opaque hex digits
 * scattered from the counter and the stream's salt (AWS documents RecordId only as an opaque
 * string, so no random draw per record: unique because the counter is in it, stable for a seed).
 */
export function recordIdOf(time: string, counter: number, salt: number): string {
  const low = scatter((counter >>> 0) ^ salt);
  const high = scatter(low ^ Math.floor(counter / 2 ** 32) ^ 0x9e3779b9);
  return time + hex8(counter) + hex8(high) + hex8(low);
}

/** The stream's RecordId salt, drawn once on its first put (streams saved before it lack one). */
function saltOf(ctx: OperationContext, stream: StoredDeliveryStream): number {
  return (stream.recordIdSalt ??= ctx.rng.int(0, 2 ** 32));
}

/** Reserves `count` RecordIds for the stream's put now; the ids are written out on demand. */
export function reserveRecordIds(
  ctx: OperationContext,
  stream: StoredDeliveryStream,
  count: number,
): (index: number) => string {
  const salt = saltOf(ctx, stream);
  const first = ctx.nextId('firehoseRecord', count);
  const time = ctx.now.toString(16);
  return (index) => recordIdOf(time, first + index, salt);
}

/**
 * RequestResponses for a batch, made when first read: the clickstream producer puts millions of
 * records a simulated month and never reads them, while the SDK bridge, terminal and tests do.
 */
export function lazyRequestResponses(
  idAt: (index: number) => string,
  count: number,
): { readonly RequestResponses: PutRecordBatchResponseEntry[] } {
  let entries: PutRecordBatchResponseEntry[] | undefined;
  return {
    get RequestResponses() {
      return (entries ??= Array.from({ length: count }, (_, i) => ({ RecordId: idAt(i) })));
    },
  };
}
