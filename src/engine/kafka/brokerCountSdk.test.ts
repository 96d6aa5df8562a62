import {
  CreateClusterV2Command,
  DescribeClusterOperationCommand,
  DescribeClusterV2Command,
  KafkaClient,
  ListNodesCommand,
  UpdateBrokerCountCommand,
} from '@aws-sdk/client-kafka';
import { describe, expect, it } from 'vitest';
import { TestLake } from '../testing/TestLake';
import { provisionedInput } from './kafka.fixtures';

const failureName = (promise: Promise<unknown>) =>
  promise.then(
    () => 'succeeded',
    (e: { name: string }) => e.name,
  );

async function activeProvisioned(lake: TestLake, kafka: KafkaClient) {
  const { ClusterArn } = await kafka.send(new CreateClusterV2Command(provisionedInput()));
  await lake.advance('25m');
  const { ClusterInfo } = await kafka.send(new DescribeClusterV2Command({ ClusterArn }));
  return { ClusterArn: ClusterArn!, CurrentVersion: ClusterInfo!.CurrentVersion! };
}

describe('MSK UpdateBrokerCount through the real KafkaClient', () => {
  // API reference, Broker Count: returns a ClusterOperationArn at once; the operation goes PENDING →
  // UPDATE_COMPLETE; the cluster is UPDATING meanwhile (msk-cluster-states.html) and gets a new version.
  it('adds brokers: UPDATING with a PENDING operation, then ACTIVE with the new count and version', async () => {
    const lake = new TestLake();
    const kafka = new KafkaClient(lake.engine.sdkConfig());
    const { ClusterArn, CurrentVersion } = await activeProvisioned(lake, kafka);
    const out = await kafka.send(
      new UpdateBrokerCountCommand({ ClusterArn, CurrentVersion, TargetNumberOfBrokerNodes: 4 }),
    );
    expect(out.ClusterArn).toBe(ClusterArn);
    expect(out.ClusterOperationArn).toMatch(
      /^arn:aws:kafka:us-east-1:111122223333:cluster-operation\//,
    );
    const during = await kafka.send(new DescribeClusterV2Command({ ClusterArn }));
    expect(during.ClusterInfo?.State).toBe('UPDATING');
    const pending = await kafka.send(
      new DescribeClusterOperationCommand({ ClusterOperationArn: out.ClusterOperationArn }),
    );
    expect(pending.ClusterOperationInfo).toMatchObject({
      ClusterArn,
      OperationState: 'PENDING',
      OperationType: 'INCREASE_BROKER_COUNT',
      SourceClusterInfo: { NumberOfBrokerNodes: 2 },
      TargetClusterInfo: { NumberOfBrokerNodes: 4 },
    });
    expect(pending.ClusterOperationInfo?.CreationTime).toBeInstanceOf(Date);
    await lake.advance('15m');
    const after = await kafka.send(new DescribeClusterV2Command({ ClusterArn }));
    expect(after.ClusterInfo).toMatchObject({
      State: 'ACTIVE',
      Provisioned: { NumberOfBrokerNodes: 4 },
    });
    expect(after.ClusterInfo?.CurrentVersion).not.toBe(CurrentVersion);
    const done = await kafka.send(
      new DescribeClusterOperationCommand({ ClusterOperationArn: out.ClusterOperationArn }),
    );
    expect(done.ClusterOperationInfo?.OperationState).toBe('UPDATE_COMPLETE');
  });

  it('refuses a stale CurrentVersion, a count that is not a multiple of the subnets, and a busy cluster', async () => {
    const lake = new TestLake();
    const kafka = new KafkaClient(lake.engine.sdkConfig());
    const { ClusterArn, CurrentVersion } = await activeProvisioned(lake, kafka);
    const update = (CurrentVersion: string, TargetNumberOfBrokerNodes: number) =>
      kafka.send(
        new UpdateBrokerCountCommand({ ClusterArn, CurrentVersion, TargetNumberOfBrokerNodes }),
      );
    expect(await failureName(update('STALEVERSION00', 4))).toBe('BadRequestException');
    expect(await failureName(update(CurrentVersion, 3))).toBe('BadRequestException');
    await update(CurrentVersion, 4);
    expect(await failureName(update(CurrentVersion, 6))).toBe('BadRequestException');
    expect(
      await failureName(
        kafka.send(new DescribeClusterOperationCommand({ ClusterOperationArn: `${ClusterArn}-x` })),
      ),
    ).toBe('NotFoundException');
  });
});

describe('MSK ListNodes through the real KafkaClient', () => {
  // API reference, Nodes: one BROKER NodeInfo per broker node, spread over the client subnets, paged.
  it('lists one broker node per broker, MaxResults at a time', async () => {
    const lake = new TestLake();
    const kafka = new KafkaClient(lake.engine.sdkConfig());
    const { ClusterArn } = await activeProvisioned(lake, kafka);
    const first = await kafka.send(new ListNodesCommand({ ClusterArn, MaxResults: 1 }));
    expect(first.NodeInfoList).toHaveLength(1);
    expect(first.NodeInfoList?.[0]).toMatchObject({
      NodeType: 'BROKER',
      InstanceType: 'kafka.m5.large',
      BrokerNodeInfo: { BrokerId: 1, ClientSubnet: 'subnet-0a1b2c3d' },
    });
    const rest = await kafka.send(
      new ListNodesCommand({ ClusterArn, MaxResults: 1, NextToken: first.NextToken }),
    );
    expect(rest.NodeInfoList?.[0]?.BrokerNodeInfo).toMatchObject({
      BrokerId: 2,
      ClientSubnet: 'subnet-4e5f6a7b',
    });
    expect(rest.NextToken).toBeUndefined();
  });
});
