import {
  DescribeStreamCommand,
  DisableEnhancedMonitoringCommand,
  EnableEnhancedMonitoringCommand,
  KinesisClient,
} from '@aws-sdk/client-kinesis';
import { describe, expect, it } from 'vitest';
import { lakeWithStream } from './kinesis.fixtures';

describe('Kinesis enhanced monitoring, through the real SDK client', () => {
  // API_EnableEnhancedMonitoring.html: the response gives CurrentShardLevelMetrics (before) and DesiredShardLevelMetrics (after).
  it('turns shard-level metrics on and off and shows them in DescribeStream', async () => {
    const lake = await lakeWithStream('clicks');
    const kinesis = new KinesisClient(lake.engine.sdkConfig());
    const on = await kinesis.send(
      new EnableEnhancedMonitoringCommand({
        StreamName: 'clicks',
        ShardLevelMetrics: ['IncomingBytes', 'OutgoingRecords'],
      }),
    );
    expect(on).toMatchObject({
      StreamName: 'clicks',
      CurrentShardLevelMetrics: [],
      DesiredShardLevelMetrics: ['IncomingBytes', 'OutgoingRecords'],
    });
    const described = await kinesis.send(new DescribeStreamCommand({ StreamName: 'clicks' }));
    expect(described.StreamDescription?.EnhancedMonitoring).toEqual([
      { ShardLevelMetrics: ['IncomingBytes', 'OutgoingRecords'] },
    ]);
    const off = await kinesis.send(
      new DisableEnhancedMonitoringCommand({ StreamName: 'clicks', ShardLevelMetrics: ['ALL'] }),
    );
    expect(off.DesiredShardLevelMetrics).toEqual([]);
    const bad = await kinesis
      .send(
        new EnableEnhancedMonitoringCommand({
          StreamName: 'clicks',
          ShardLevelMetrics: ['Nope' as 'ALL'],
        }),
      )
      .catch((e: Error) => e.name);
    expect(bad).toBe('ValidationException');
  });
});
