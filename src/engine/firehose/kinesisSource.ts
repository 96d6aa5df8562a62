import type { OperationContext } from '../core/operations';
import { fromBase64 } from '../kinesis/blob';
import type { StoredKinesisRecord, StoredStream } from '../kinesis/state';
import { acceptRecords } from './delivery';
import { chargeIngestion } from './puts';
import { firehoseState } from './state';

/**
 * A Firehose stream whose source is a Kinesis data stream reads records as they arrive (LakeLab
 * delivers them at once rather than polling GetRecords); they count as the stream's outgoing data.
 */
export async function forwardToFirehose(
  ctx: OperationContext,
  source: StoredStream,
  records: readonly StoredKinesisRecord[],
): Promise<void> {
  if (records.length === 0 || !ctx.world.firehose) return;
  const readers = Object.values(firehoseState(ctx.world).streams).filter(
    (s) => s.DeliveryStreamStatus === 'ACTIVE' && s.source?.KinesisStreamARN === source.StreamARN,
  );
  for (const reader of readers) {
    const incoming = records.map((r) => ({
      data: fromBase64(r.Data) ?? new Uint8Array(),
      arrival: r.ApproximateArrivalTimestamp,
    }));
    source.counters.outgoingRecords += incoming.length;
    source.counters.outgoingBytes += incoming.reduce((n, r) => n + r.data.byteLength, 0);
    chargeIngestion(
      ctx,
      incoming.map((r) => r.data.byteLength),
    );
    await acceptRecords(ctx, reader, incoming);
  }
}
