import { describe, expect, it } from 'vitest';
import { TestLake } from '../../engine/testing/TestLake';
import { deriveLakeGraph } from './graph';
import { clusterNamed, mskClusterStep, mskPipelinePlan, type MskForm } from './mskPlan';
import { runPlan } from './plans';

const form = (extra: Partial<MskForm> = {}): MskForm => ({
  clusterName: 'clickstream-msk',
  clusterType: 'SERVERLESS',
  topicName: 'clicks',
  deliveryStreamName: 'clicks-msk-to-s3',
  bufferSeconds: 60,
  bufferMiB: 5,
  role: { create: true, roleName: 'FirehoseMskRole-clicks' },
  target: { bucket: 'lake-raw-zone', prefix: 'clicks/' },
  ...extra,
});

const call = (lake: TestLake) => (service: string, operation: string, input: unknown) =>
  lake.call(service, operation, input);

describe('the MSK pipeline the canvas creates', () => {
  it('creates the cluster, then (once ACTIVE) a least-privilege role and the MSK-sourced stream; clicks land under the prefix', async () => {
    const lake = new TestLake();
    await lake.call('s3', 'CreateBucket', { Bucket: 'lake-raw-zone' });
    await runPlan(call(lake), [mskClusterStep(form())]);
    await lake.advance('5m');
    const cluster = clusterNamed(lake.engine.world, 'clickstream-msk')!;
    expect(cluster.State).toBe('ACTIVE');
    const steps = mskPipelinePlan(lake.engine.world, form(), cluster.ClusterArn);
    expect(steps.map((s) => s.operation)).toEqual([
      'CreateRole',
      'PutRolePolicy',
      'CreateDeliveryStream',
    ]);
    await runPlan(call(lake), steps);
    await lake.advance('5s');
    await lake.call('sources', 'ConfigureClickstream', {
      enabled: true,
      target: { kind: 'msk', clusterArn: cluster.ClusterArn, topicName: 'clicks' },
      eventsPerSecond: 5,
    });
    await lake.advance('3m');
    const keys = Object.keys(lake.engine.world.s3.buckets['lake-raw-zone']!.objects);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(key).toMatch(/^clicks\/2025\/01\/06\/09\/clicks-msk-to-s3-1-/);
    const graph = deriveLakeGraph(lake.engine.world);
    const edges = graph.edges.map((e) => `${e.source}->${e.target}`);
    expect(edges).toEqual(
      expect.arrayContaining([
        'clickstream->msk:clickstream-msk',
        'msk:clickstream-msk->firehose:clicks-msk-to-s3',
        'firehose:clicks-msk-to-s3->bucket:lake-raw-zone',
      ]),
    );
    expect(graph.nodes.find((n) => n.id === 'msk:clickstream-msk')).toMatchObject({
      kind: 'msk',
      status: 'ACTIVE',
      health: 'active',
      counters: ['Serverless', 'clicks (1 partition)', '900 records in, 900 stored'],
    });
  });

  it('asks for a provisioned cluster with IAM access control (Firehose needs it) on two subnets', () => {
    const input = mskClusterStep(form({ clusterType: 'PROVISIONED' })).input({}) as {
      Provisioned: {
        NumberOfBrokerNodes: number;
        ClientAuthentication: unknown;
        BrokerNodeGroupInfo: { ClientSubnets: string[] };
      };
    };
    expect(input.Provisioned.NumberOfBrokerNodes).toBe(2);
    expect(input.Provisioned.BrokerNodeGroupInfo.ClientSubnets).toHaveLength(2);
    expect(input.Provisioned.ClientAuthentication).toEqual({ Sasl: { Iam: { Enabled: true } } });
  });
});
