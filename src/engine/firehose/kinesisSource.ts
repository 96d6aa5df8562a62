import { isAwsError } from '../core/errors';
import type { OperationContext } from '../core/operations';
import { createDecider, resolvePrincipal } from '../iam/principals';
import { fromBase64 } from '../kinesis/blob';
import type { StoredStream } from '../kinesis/state';
import { acceptRecords, type IncomingRecord } from './delivery';
import { recordError } from './flush';
import { roleProblem } from './model';
import { chargeIngestion } from './puts';
import { firehoseState, type StoredDeliveryStream } from './state';

/** Firehose reads the source stream with the stream's role: it needs these Kinesis actions (controlling-access.html). */
export const SOURCE_READ_ACTIONS = [
  'kinesis:DescribeStream',
  'kinesis:GetShardIterator',
  'kinesis:GetRecords',
];

function deniedReason(
  ctx: OperationContext,
  reader: StoredDeliveryStream,
  arn: string,
): string | undefined {
  const problem = roleProblem(ctx.world, reader.source!.RoleARN);
  if (problem) return problem;
  try {
    const decide = createDecider(ctx.world, resolvePrincipal(ctx.world, reader.source!.RoleARN));
    const denied = SOURCE_READ_ACTIONS.find(
      (action) => decide({ action, resource: arn }).effect !== 'Allow',
    );
    return denied && `${reader.source!.RoleARN} is not allowed to perform ${denied} on ${arn}.`;
  } catch (error) {
    if (!isAwsError(error)) throw error;
    return error.message;
  }
}

/** The records after each shard's checkpoint, oldest first per shard; moves the checkpoints on. */
function unreadRecords(reader: StoredDeliveryStream, source: StoredStream): IncomingRecord[] {
  const checkpoints = reader.source!.checkpoints;
  const out: IncomingRecord[] = [];
  for (const shard of source.shards) {
    const after = checkpoints[shard.ShardId] ?? '';
    let from = shard.records.length;
    while (from > 0 && shard.records[from - 1]!.SequenceNumber > after) from--;
    for (const r of shard.records.slice(from))
      out.push({
        data: fromBase64(r.Data) ?? new Uint8Array(),
        arrival: r.ApproximateArrivalTimestamp,
      });
    if (from < shard.records.length)
      checkpoints[shard.ShardId] = shard.records.at(-1)!.SequenceNumber;
  }
  return out;
}

/**
 * A Firehose stream whose source is a Kinesis data stream reads what arrived since its checkpoints,
 * as its role, whenever records arrive (LakeLab does not poll); a role that may not read leaves the
 * records in the stream, to be read once it may (within the stream's retention).
 */
export async function forwardToFirehose(
  ctx: OperationContext,
  source: StoredStream,
): Promise<void> {
  if (!ctx.world.firehose) return;
  const readers = Object.values(firehoseState(ctx.world).streams).filter(
    (s) => s.DeliveryStreamStatus === 'ACTIVE' && s.source?.KinesisStreamARN === source.StreamARN,
  );
  for (const reader of readers) {
    const denied = deniedReason(ctx, reader, source.StreamARN);
    if (denied) {
      recordError(reader, ctx.now, 'Kinesis.AccessDeniedException', denied);
      continue;
    }
    const incoming = unreadRecords(reader, source);
    if (incoming.length === 0) continue;
    source.counters.outgoingRecords += incoming.length;
    source.counters.outgoingBytes += incoming.reduce((n, r) => n + r.data.byteLength, 0);
    chargeIngestion(
      ctx,
      incoming.map((r) => r.data.byteLength),
    );
    await acceptRecords(ctx, reader, incoming);
  }
}
