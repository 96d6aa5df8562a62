import type { World } from '../world';
import { bufferedRecordCount } from './buffer';
import type { DeliveryCounters, DeliveryError } from './state';

/** What the lake canvas shows on a Firehose node. */
export interface FirehoseFlow extends DeliveryCounters {
  deliveryStreamName: string;
  status: 'CREATING' | 'ACTIVE';
  source: 'DirectPut' | 'KinesisStreamAsSource' | 'MSKAsSource';
  /** The Kinesis stream it reads, when it has one. */
  sourceStreamArn?: string;
  /** The MSK cluster and topic it reads, when its source is MSK. */
  sourceClusterArn?: string;
  sourceTopic?: string;
  bucket: string;
  /** Records and bytes waiting in buffers, and how many partitions are open. */
  bufferedRecords: number;
  bufferedBytes: number;
  openPartitions: number;
  /** When the next interval-based delivery is due, if a buffer holds records. */
  nextDeliveryAt?: number;
  lastError?: DeliveryError;
}

/** Flow counters per delivery stream: records in, records/objects delivered, buffered data, failures. */
export function firehoseFlow(world: World): FirehoseFlow[] {
  return Object.values(world.firehose?.streams ?? {}).map((s) => {
    const buffers = Object.values(s.buffers);
    const interval = s.destination.IntervalInSeconds * 1000;
    const oldest = buffers.length ? Math.min(...buffers.map((b) => b.oldest)) : undefined;
    const lastError = s.errors.at(-1);
    return {
      ...s.counters,
      deliveryStreamName: s.DeliveryStreamName,
      status: s.DeliveryStreamStatus,
      source: s.DeliveryStreamType,
      ...(s.source ? { sourceStreamArn: s.source.KinesisStreamARN } : {}),
      ...(s.mskSource
        ? { sourceClusterArn: s.mskSource.MSKClusterARN, sourceTopic: s.mskSource.TopicName }
        : {}),
      bucket: s.destination.BucketARN.replace(/^arn:aws:s3:::/, ''),
      bufferedRecords: buffers.reduce((n, b) => n + bufferedRecordCount(b), 0),
      bufferedBytes: buffers.reduce((n, b) => n + b.bytes, 0),
      openPartitions: buffers.length,
      ...(oldest !== undefined ? { nextDeliveryAt: oldest + interval } : {}),
      ...(lastError ? { lastError } : {}),
    };
  });
}
