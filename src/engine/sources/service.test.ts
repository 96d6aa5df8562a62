import { describe, expect, it } from 'vitest';
import { TestLake } from '../testing/TestLake';

describe("LakeLab's sources service (the simulated systems, configured through the engine)", () => {
  it('configures the clickstream app, logs the change and describes it', async () => {
    const lake = new TestLake();
    await lake.call('sources', 'ConfigureClickstream', {
      enabled: true,
      target: { kind: 'firehose', deliveryStreamName: 'clicks' },
      eventsPerSecond: 5,
    });
    const out = await lake.call<{ Status: { config?: { eventsPerSecond: number } } }>(
      'sources',
      'DescribeClickstream',
    );
    expect(out.Status.config?.eventsPerSecond).toBe(5);
    expect(lake.engine.eventLog().some((e) => e.operation === 'ConfigureClickstream')).toBe(true);
  });

  it("refuses a bad configuration with the source's own message as InvalidParameterValue", async () => {
    const lake = new TestLake();
    const error = await lake.errorOf('sources', 'ConfigureClickstream', {
      enabled: true,
      target: { kind: 'firehose', deliveryStreamName: 'clicks' },
      eventsPerSecond: -1,
    });
    expect(error.name).toBe('InvalidParameterValue');
    expect(error.message).toMatch(/eventsPerSecond/);
  });

  it('sets how fast the shop database changes', async () => {
    const lake = new TestLake();
    const out = await lake.call<{ Activity: { changesPerMinute: number } }>(
      'sources',
      'ConfigureShopDatabase',
      { ChangesPerMinute: 30 },
    );
    expect(out.Activity.changesPerMinute).toBe(30);
  });
});
