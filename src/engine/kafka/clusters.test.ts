import { describe, expect, it } from 'vitest';
import { TestLake } from '../testing/TestLake';
import { provisionedInput, serverlessInput, SUBNETS } from './kafka.fixtures';
import { BROKER_HOUR_USD, SERVERLESS_CLUSTER_HOUR_USD } from './costs';

type Arn = { ClusterArn: string; State: string };
const stateOf = async (lake: TestLake, arn: string) =>
  (
    await lake.call<{ ClusterInfo: { State: string } }>('kafka', 'DescribeClusterV2', {
      ClusterArn: arn,
    })
  ).ClusterInfo.State;

describe('Amazon MSK clusters', () => {
  it('creates a serverless cluster CREATING, ACTIVE five simulated minutes later', async () => {
    const lake = new TestLake();
    const out = await lake.call<Arn & { ClusterType: string }>(
      'kafka',
      'CreateClusterV2',
      serverlessInput(),
    );
    expect(out).toMatchObject({ State: 'CREATING', ClusterType: 'SERVERLESS' });
    expect(out.ClusterArn).toMatch(
      /^arn:aws:kafka:us-east-1:111122223333:cluster\/clicks-msk\/[0-9a-f-]{36}-\d+$/,
    );
    await lake.advance('4m');
    expect(await stateOf(lake, out.ClusterArn)).toBe('CREATING');
    await lake.advance('1m');
    expect(await stateOf(lake, out.ClusterArn)).toBe('ACTIVE');
  });

  it('takes 25 simulated minutes for a provisioned cluster and describes it in both API versions', async () => {
    const lake = new TestLake();
    const { ClusterArn } = await lake.call<Arn>('kafka', 'CreateClusterV2', provisionedInput());
    await lake.advance('24m');
    expect(await stateOf(lake, ClusterArn)).toBe('CREATING');
    await lake.advance('1m');
    const v1 = await lake.call<{ ClusterInfo: Record<string, unknown> }>(
      'kafka',
      'DescribeCluster',
      { ClusterArn },
    );
    expect(v1.ClusterInfo).toMatchObject({
      State: 'ACTIVE',
      NumberOfBrokerNodes: 2,
      CurrentBrokerSoftwareInfo: { KafkaVersion: '3.6.0' },
      BrokerNodeGroupInfo: { InstanceType: 'kafka.m5.large', ClientSubnets: SUBNETS },
      EncryptionInfo: { EncryptionInTransit: { ClientBroker: 'TLS', InCluster: true } },
    });
  });

  it('refuses a request with both or neither of Provisioned and Serverless (BadRequestException)', async () => {
    const lake = new TestLake();
    expect((await lake.errorOf('kafka', 'CreateClusterV2', { ClusterName: 'x' })).name).toBe(
      'BadRequestException',
    );
    const both = { ...serverlessInput('y'), Provisioned: provisionedInput().Provisioned };
    expect((await lake.errorOf('kafka', 'CreateClusterV2', both)).name).toBe('BadRequestException');
  });

  it('requires IAM access control on a serverless cluster', async () => {
    const lake = new TestLake();
    const input = serverlessInput();
    const error = await lake.errorOf('kafka', 'CreateClusterV2', {
      ...input,
      Serverless: { VpcConfigs: input.Serverless.VpcConfigs },
    });
    expect(error.name).toBe('BadRequestException');
    expect(error.message).toMatch(/IAM access control/);
  });

  it('needs a broker count that is a multiple of the client subnets', async () => {
    const lake = new TestLake();
    const error = await lake.errorOf(
      'kafka',
      'CreateClusterV2',
      provisionedInput('odd', { NumberOfBrokerNodes: 3 }),
    );
    expect(error).toMatchObject({
      name: 'BadRequestException',
      message: expect.stringMatching(/multiple/),
    });
  });

  it('refuses a second cluster with the same name (ConflictException)', async () => {
    const lake = new TestLake();
    await lake.call('kafka', 'CreateClusterV2', serverlessInput());
    expect((await lake.errorOf('kafka', 'CreateClusterV2', serverlessInput())).name).toBe(
      'ConflictException',
    );
  });

  it('answers NotFoundException for an unknown cluster ARN', async () => {
    const lake = new TestLake();
    const arn =
      'arn:aws:kafka:us-east-1:111122223333:cluster/nope/00000000-0000-0000-0000-000000000000-1';
    expect((await lake.errorOf('kafka', 'DescribeClusterV2', { ClusterArn: arn })).name).toBe(
      'NotFoundException',
    );
  });

  it('gives no bootstrap brokers before the cluster is ACTIVE (BadRequestException), then the IAM endpoint', async () => {
    const lake = new TestLake();
    const { ClusterArn } = await lake.call<Arn>('kafka', 'CreateClusterV2', serverlessInput());
    const early = await lake.errorOf('kafka', 'GetBootstrapBrokers', { ClusterArn });
    expect(early).toMatchObject({
      name: 'BadRequestException',
      message: expect.stringMatching(/CREATING/),
    });
    await lake.advance('5m');
    const out = await lake.call('kafka', 'GetBootstrapBrokers', { ClusterArn });
    expect(out).toEqual({
      BootstrapBrokerStringSaslIam: expect.stringMatching(
        /^boot-[a-z0-9]{6}\.c1\.kafka-serverless\.us-east-1\.amazonaws\.com:9098$/,
      ),
    });
  });

  it('lists TLS brokers on port 9094 for a provisioned cluster with default settings', async () => {
    const lake = new TestLake();
    const { ClusterArn } = await lake.call<Arn>('kafka', 'CreateClusterV2', provisionedInput());
    await lake.advance('25m');
    const out = await lake.call<Record<string, string>>('kafka', 'GetBootstrapBrokers', {
      ClusterArn,
    });
    expect(Object.keys(out)).toEqual(['BootstrapBrokerStringTls']);
    expect(out.BootstrapBrokerStringTls!.split(',')).toHaveLength(2);
    expect(out.BootstrapBrokerStringTls).toMatch(
      /^b-1\.orders-msk\.[a-z0-9]+\.c2\.kafka\.us-east-1\.amazonaws\.com:9094,/,
    );
  });

  it('lists clusters by type and name prefix; v1 ListClusters shows provisioned ones only', async () => {
    const lake = new TestLake();
    await lake.call('kafka', 'CreateClusterV2', serverlessInput('clicks-a'));
    await lake.call('kafka', 'CreateClusterV2', serverlessInput('clicks-b'));
    await lake.call('kafka', 'CreateClusterV2', provisionedInput('orders'));
    const names = (out: { ClusterInfoList: { ClusterName: string }[] }) =>
      out.ClusterInfoList.map((c) => c.ClusterName);
    expect(names(await lake.call('kafka', 'ListClustersV2', {}))).toEqual([
      'clicks-a',
      'clicks-b',
      'orders',
    ]);
    expect(
      names(
        await lake.call('kafka', 'ListClustersV2', {
          ClusterTypeFilter: 'SERVERLESS',
          ClusterNameFilter: 'clicks-b',
        }),
      ),
    ).toEqual(['clicks-b']);
    expect(names(await lake.call('kafka', 'ListClusters', {}))).toEqual(['orders']);
    const first = await lake.call<{ NextToken: string; ClusterInfoList: unknown[] }>(
      'kafka',
      'ListClustersV2',
      { MaxResults: 2 },
    );
    expect(first.ClusterInfoList).toHaveLength(2);
    expect(
      names(
        await lake.call('kafka', 'ListClustersV2', { MaxResults: 2, NextToken: first.NextToken }),
      ),
    ).toEqual(['orders']);
  });

  it('deletes a cluster: DELETING, then gone; a stale CurrentVersion is refused', async () => {
    const lake = new TestLake();
    const { ClusterArn } = await lake.call<Arn>('kafka', 'CreateClusterV2', serverlessInput());
    await lake.advance('5m');
    expect(
      (await lake.errorOf('kafka', 'DeleteCluster', { ClusterArn, CurrentVersion: 'OLD' })).name,
    ).toBe('BadRequestException');
    expect(await lake.call('kafka', 'DeleteCluster', { ClusterArn })).toEqual({
      ClusterArn,
      State: 'DELETING',
    });
    expect((await lake.errorOf('kafka', 'DeleteCluster', { ClusterArn })).name).toBe(
      'BadRequestException',
    );
    await lake.advance('5m');
    expect((await lake.errorOf('kafka', 'DescribeClusterV2', { ClusterArn })).name).toBe(
      'NotFoundException',
    );
  });

  it('bills broker-hours from ACTIVE for provisioned and cluster-hours for serverless', async () => {
    const lake = new TestLake();
    await lake.call('kafka', 'CreateClusterV2', provisionedInput());
    await lake.call('kafka', 'CreateClusterV2', serverlessInput());
    await lake.advance('25m');
    await lake.advance('10h');
    const lines = Object.values(lake.engine.world.ledger).filter((l) => l.service === 'kafka');
    const cost = (usage: string) =>
      lines.filter((l) => l.usageType === usage).reduce((n, l) => n + l.cost, 0);
    expect(cost('Kafka.kafka.m5.large')).toBeCloseTo(
      10 * 2 * BROKER_HOUR_USD['kafka.m5.large']!,
      6,
    );
    // The serverless cluster was ACTIVE 20 minutes before the provisioned one.
    expect(cost('Serverless.ClusterHours')).toBeCloseTo(
      (10 + 20 / 60) * SERVERLESS_CLUSTER_HOUR_USD,
      2,
    );
    expect(cost('Kafka.Storage.GP2')).toBeGreaterThan(0);
  });

  it('needs kafka:DescribeClusterV2 on the cluster for a caller without it (ForbiddenException)', async () => {
    const lake = new TestLake();
    const { ClusterArn } = await lake.call<Arn>('kafka', 'CreateClusterV2', serverlessInput());
    await lake.call('iam', 'CreateUser', { UserName: 'intern' });
    const error = await lake.as('intern').errorOf('kafka', 'DescribeClusterV2', { ClusterArn });
    expect(error.name).toBe('ForbiddenException');
  });
});
