import type {
  DisableEnhancedMonitoringInput,
  EnableEnhancedMonitoringInput,
  EnhancedMonitoringOutput,
  MetricsName,
} from '@aws-sdk/client-kinesis';
import type { OperationDef } from '../core/operations';
import { activeStreamForChange, constraintError, onStream } from './model';
import type { StoredStream } from './state';

/** Kinesis shard-level metrics; "ALL" stands for every one of them (API_EnableEnhancedMonitoring.html). */
const METRICS: MetricsName[] = [
  'IncomingBytes',
  'IncomingRecords',
  'OutgoingBytes',
  'OutgoingRecords',
  'WriteProvisionedThroughputExceeded',
  'ReadProvisionedThroughputExceeded',
  'IteratorAgeMilliseconds',
];

function requested(metrics: string[] | undefined): MetricsName[] {
  if (!metrics || metrics.length < 1 || metrics.length > 7)
    throw constraintError('shardLevelMetrics', metrics, 'Member must have length between 1 and 7');
  for (const m of metrics)
    if (m !== 'ALL' && !METRICS.includes(m as MetricsName))
      throw constraintError(
        'shardLevelMetrics',
        m,
        `Member must satisfy enum value set: [${METRICS.join(', ')}, ALL]`,
      );
  return metrics.includes('ALL') ? METRICS : (metrics as MetricsName[]);
}

/** The stream's shard-level metrics, for DescribeStream and DescribeStreamSummary. */
export const enhancedMonitoring = (stream: StoredStream) => [
  { ShardLevelMetrics: [...(stream.shardLevelMetrics ?? [])] as MetricsName[] },
];

function change(stream: StoredStream, next: MetricsName[]): EnhancedMonitoringOutput {
  const current = [...(stream.shardLevelMetrics ?? [])] as MetricsName[];
  if (next.length > 0) stream.shardLevelMetrics = next;
  else delete stream.shardLevelMetrics;
  return {
    StreamName: stream.StreamName,
    StreamARN: stream.StreamARN,
    CurrentShardLevelMetrics: current,
    DesiredShardLevelMetrics: next,
  };
}

export const EnableEnhancedMonitoring: OperationDef<
  EnableEnhancedMonitoringInput,
  EnhancedMonitoringOutput
> = {
  authorize: onStream('kinesis:EnableEnhancedMonitoring'),
  run(input, ctx) {
    const add = requested(input.ShardLevelMetrics);
    const stream = activeStreamForChange(ctx, input);
    const have = new Set([...(stream.shardLevelMetrics ?? []), ...add]);
    return change(
      stream,
      METRICS.filter((m) => have.has(m)),
    );
  },
};

export const DisableEnhancedMonitoring: OperationDef<
  DisableEnhancedMonitoringInput,
  EnhancedMonitoringOutput
> = {
  authorize: onStream('kinesis:DisableEnhancedMonitoring'),
  run(input, ctx) {
    const drop = new Set(requested(input.ShardLevelMetrics));
    const stream = activeStreamForChange(ctx, input);
    return change(
      stream,
      (stream.shardLevelMetrics ?? []).filter((m) => !drop.has(m as MetricsName)) as MetricsName[],
    );
  },
};
