import { describe, expect, it } from 'vitest';
import { activeServerlessCluster, serverlessInput } from '../../kafka/kafka.fixtures';
import { TestLake } from '../../testing/TestLake';
import { clickstreamStatus } from './producer';

const app = (clusterArn: string, extra: Record<string, unknown> = {}) => ({
  enabled: true,
  target: { kind: 'msk', clusterArn, topicName: 'clicks', ...extra },
  eventsPerSecond: 4,
});

describe('the clickstream app sending to an Amazon MSK topic', () => {
  it('writes every event to the topic, keyed by session, with offsets and timestamps', async () => {
    const lake = new TestLake();
    const arn = await activeServerlessCluster(lake);
    await lake.call('sources', 'ConfigureClickstream', app(arn, { partitions: 2 }));
    await lake.advance('10s');
    const topic = lake.engine.world.kafka!.clusters[arn]!.topics['clicks']!;
    const records = topic.partitions.flatMap((p) => p.records);
    expect(records).toHaveLength(40);
    expect(clickstreamStatus(lake.engine.world).counters.acceptedEvents).toBe(40);
    for (const p of topic.partitions)
      expect(p.records.map((r) => r.offset)).toEqual(p.records.map((_, i) => i));
    const first = records[0]!;
    expect(first.key).toMatch(/^s-[0-9a-f]{12}$/);
    expect(first.timestamp).toBeGreaterThanOrEqual(Date.parse('2025-01-06T09:05:01Z'));
  });

  it('is refused with InvalidParameterValue when the cluster does not exist', async () => {
    const lake = new TestLake();
    const error = await lake.errorOf(
      'sources',
      'ConfigureClickstream',
      app('arn:aws:kafka:us-east-1:111122223333:cluster/none/x-1'),
    );
    expect(error).toMatchObject({
      name: 'InvalidParameterValue',
      message: expect.stringMatching(/does not exist/),
    });
  });

  it('is refused with InvalidParameterValue while the cluster is still CREATING', async () => {
    const lake = new TestLake();
    const { ClusterArn } = await lake.call<{ ClusterArn: string }>(
      'kafka',
      'CreateClusterV2',
      serverlessInput(),
    );
    const error = await lake.errorOf('sources', 'ConfigureClickstream', app(ClusterArn));
    expect(error).toMatchObject({
      name: 'InvalidParameterValue',
      message: expect.stringMatching(/CREATING.*ACTIVE/),
    });
  });

  it('is refused for a topic name Kafka would not accept', async () => {
    const lake = new TestLake();
    const arn = await activeServerlessCluster(lake);
    const error = await lake.errorOf('sources', 'ConfigureClickstream', {
      ...app(arn),
      target: { kind: 'msk', clusterArn: arn, topicName: 'my clicks' },
    });
    expect(error.name).toBe('InvalidParameterValue');
  });

  it('needs kafka-cluster:WriteData with IAM access control: a user without it gets TopicAuthorizationException', async () => {
    const lake = new TestLake();
    const arn = await activeServerlessCluster(lake);
    await lake.call('iam', 'CreateUser', { UserName: 'web-app' });
    await lake.call('iam', 'PutUserPolicy', {
      UserName: 'web-app',
      PolicyName: 'connect-only',
      PolicyDocument: JSON.stringify({
        Statement: [
          {
            Effect: 'Allow',
            Action: ['kafka-cluster:Connect', 'kafka-cluster:CreateTopic'],
            Resource: '*',
          },
        ],
      }),
    });
    await lake.call('sources', 'ConfigureClickstream', { ...app(arn), principal: 'web-app' });
    await lake.advance('2s');
    const counters = clickstreamStatus(lake.engine.world).counters;
    expect(counters.acceptedEvents).toBe(0);
    expect(counters.failedEvents).toBe(8);
    expect(counters.lastError?.code).toBe('TopicAuthorizationException');
  });

  it('fails its sends once the cluster is being deleted', async () => {
    const lake = new TestLake();
    const arn = await activeServerlessCluster(lake);
    await lake.call('sources', 'ConfigureClickstream', app(arn));
    await lake.advance('2s');
    await lake.call('kafka', 'DeleteCluster', { ClusterArn: arn });
    await lake.advance('2s');
    const counters = clickstreamStatus(lake.engine.world).counters;
    expect(counters.acceptedEvents).toBe(8);
    expect(counters.lastError?.code).toBe('NetworkException');
  });
});
