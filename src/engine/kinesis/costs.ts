import { addCharge } from '../core/costLedger';
import type { World } from '../world';
import { openShards } from './model';
import { kinesisState } from './state';

// Kinesis Data Streams us-east-1 list prices (aws.amazon.com/kinesis/data-streams/pricing, read from memory,
// unconfirmed this session; the PUT payload unit price is also quoted by a secondary source).
export const SHARD_HOUR_USD = 0.015;
/** Per million PUT payload units; one unit per started 25 KB of a record's payload. */
export const PUT_PAYLOAD_UNITS_PER_MILLION_USD = 0.014;
export const PUT_PAYLOAD_UNIT_BYTES = 25 * 1024;
/** Retention beyond 24 hours (up to 7 days), per shard-hour. */
export const EXTENDED_RETENTION_SHARD_HOUR_USD = 0.02;
export const ON_DEMAND_STREAM_HOUR_USD = 0.04;
export const ON_DEMAND_INGEST_GB_USD = 0.08;

/** PUT payload units of one record: its payload in started 25 KB chunks (at least one). */
export function putPayloadUnits(payloadBytes: number): number {
  return Math.max(1, Math.ceil(payloadBytes / PUT_PAYLOAD_UNIT_BYTES));
}

/** Accrues shard-hours (or on-demand stream-hours) and extended retention between two instants. */
export function accrueStreamHours(world: World, from: number, to: number): void {
  const streams = world.kinesis?.streams;
  if (!streams) return;
  const hours = (to - from) / 3_600_000;
  for (const stream of Object.values(kinesisState(world).streams)) {
    if (stream.StreamStatus === 'CREATING') continue;
    const shards = openShards(stream).length;
    if (stream.StreamMode === 'ON_DEMAND')
      addCharge(world.ledger, from, {
        service: 'kinesis',
        usageType: 'OnDemand-StreamHour',
        unit: 'stream-hour',
        quantity: hours,
        unitPrice: ON_DEMAND_STREAM_HOUR_USD,
      });
    else
      addCharge(world.ledger, from, {
        service: 'kinesis',
        usageType: 'Storage-ShardHour',
        unit: 'shard-hour',
        quantity: hours * shards,
        unitPrice: SHARD_HOUR_USD,
      });
    if (stream.RetentionPeriodHours > 24)
      addCharge(world.ledger, from, {
        service: 'kinesis',
        usageType: 'Extended-ShardHour',
        unit: 'shard-hour',
        quantity: hours * shards,
        unitPrice: EXTENDED_RETENTION_SHARD_HOUR_USD,
      });
  }
}
