import type { World } from '../world';
import { openShards } from './model';
import type { KinesisStreamCounters, KinesisStreamStatus } from './state';

/** What the lake canvas shows on a Kinesis stream node. */
export interface KinesisFlow extends KinesisStreamCounters {
  streamName: string;
  status: KinesisStreamStatus;
  shards: number;
  /** Records currently held (within retention). */
  storedRecords: number;
}

/** Flow counters per stream: records and bytes in and out, throttled records, last put. */
export function kinesisFlow(world: World): KinesisFlow[] {
  return Object.values(world.kinesis?.streams ?? {}).map((s) => ({
    ...s.counters,
    streamName: s.StreamName,
    status: s.StreamStatus,
    shards: openShards(s).length,
    storedRecords: s.shards.reduce((n, shard) => n + shard.records.length, 0),
  }));
}
