import type { EngineHooks, ServiceModule } from '../core/operations';
import { Engine } from '../engine';
import { SERVICES } from '../index';
import { TestLake } from '../testing/TestLake';

export const SUBNETS = ['subnet-0a1b2c3d', 'subnet-4e5f6a7b'];

export const serverlessInput = (name = 'clicks-msk') => ({
  ClusterName: name,
  Serverless: {
    VpcConfigs: [{ SubnetIds: SUBNETS, SecurityGroupIds: ['sg-0123abcd'] }],
    ClientAuthentication: { Sasl: { Iam: { Enabled: true } } },
  },
});

export const provisionedInput = (name = 'orders-msk', extra: Record<string, unknown> = {}) => ({
  ClusterName: name,
  Provisioned: {
    BrokerNodeGroupInfo: {
      ClientSubnets: SUBNETS,
      InstanceType: 'kafka.m5.large',
      StorageInfo: { EbsStorageInfo: { VolumeSize: 100 } },
    },
    KafkaVersion: '3.6.0',
    NumberOfBrokerNodes: 2,
    ...extra,
  },
});

/** Creates a serverless cluster and waits until it is ACTIVE; returns its ARN. */
export async function activeServerlessCluster(
  lake: TestLake,
  name = 'clicks-msk',
): Promise<string> {
  const out = await lake.call<{ ClusterArn: string }>(
    'kafka',
    'CreateClusterV2',
    serverlessInput(name),
  );
  await lake.advance('5m');
  return out.ClusterArn;
}

/** A lake plus the engine hooks, so a test can act as a Kafka client (produce) outside any AWS call. */
export function lakeWithHooks(): { lake: TestLake; hooks: EngineHooks } {
  let captured: EngineHooks | undefined;
  const capture: ServiceModule = {
    name: 'test-hooks',
    iamPrefix: 'test',
    accessDeniedCode: 'AccessDenied',
    operations: {},
    install: (hooks) => (captured = hooks),
  };
  const engine = new Engine({ services: [...SERVICES, capture] });
  return { lake: new TestLake({}, engine), hooks: captured! };
}
