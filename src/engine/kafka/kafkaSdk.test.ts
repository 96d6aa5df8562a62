import {
  CreateClusterCommand,
  CreateClusterV2Command,
  DeleteClusterCommand,
  DescribeClusterCommand,
  DescribeClusterV2Command,
  GetBootstrapBrokersCommand,
  KafkaClient,
  ListClustersCommand,
  ListClustersV2Command,
} from '@aws-sdk/client-kafka';
import { describe, expect, it } from 'vitest';
import { failureOf } from '../testing/sdkFailure';
import { TestLake } from '../testing/TestLake';
import { provisionedInput, serverlessInput } from './kafka.fixtures';

describe('Amazon MSK through the real AWS SDK client (REST-JSON)', () => {
  it('creates a serverless cluster, waits for ACTIVE and gets its IAM bootstrap brokers', async () => {
    const lake = new TestLake();
    const kafka = new KafkaClient(lake.engine.sdkConfig());
    const created = await kafka.send(
      new CreateClusterV2Command({ ...serverlessInput(), Tags: { Team: 'web' } }),
    );
    expect(created).toMatchObject({
      ClusterName: 'clicks-msk',
      State: 'CREATING',
      ClusterType: 'SERVERLESS',
    });
    const arn = created.ClusterArn!;
    const early = await failureOf(kafka.send(new GetBootstrapBrokersCommand({ ClusterArn: arn })));
    expect(early).toMatchObject({ name: 'BadRequestException', status: 400 });
    await lake.advance('5m');
    const described = await kafka.send(new DescribeClusterV2Command({ ClusterArn: arn }));
    expect(described.ClusterInfo).toMatchObject({
      ClusterArn: arn,
      State: 'ACTIVE',
      ClusterType: 'SERVERLESS',
      Tags: { Team: 'web' },
      Serverless: { ClientAuthentication: { Sasl: { Iam: { Enabled: true } } } },
    });
    expect(described.ClusterInfo?.CreationTime).toEqual(new Date('2025-01-06T09:00:00Z'));
    const brokers = await kafka.send(new GetBootstrapBrokersCommand({ ClusterArn: arn }));
    expect(brokers.BootstrapBrokerStringSaslIam).toMatch(/kafka-serverless.*:9098$/);
  });

  it('creates a provisioned cluster with the v1 API, lists it in both versions and deletes it', async () => {
    const lake = new TestLake();
    const kafka = new KafkaClient(lake.engine.sdkConfig());
    const { Provisioned, ClusterName } = provisionedInput();
    const created = await kafka.send(new CreateClusterCommand({ ClusterName, ...Provisioned }));
    await kafka.send(new CreateClusterV2Command(serverlessInput('clicks')));
    const v2 = await kafka.send(new ListClustersV2Command({ ClusterTypeFilter: 'PROVISIONED' }));
    expect(v2.ClusterInfoList?.map((c) => c.ClusterName)).toEqual(['orders-msk']);
    const v1 = await kafka.send(new ListClustersCommand({ MaxResults: 5 }));
    expect(v1.ClusterInfoList?.[0]).toMatchObject({
      ClusterName: 'orders-msk',
      NumberOfBrokerNodes: 2,
    });
    const info = await kafka.send(new DescribeClusterCommand({ ClusterArn: created.ClusterArn }));
    const deleted = await kafka.send(
      new DeleteClusterCommand({
        ClusterArn: created.ClusterArn,
        CurrentVersion: info.ClusterInfo?.CurrentVersion,
      }),
    );
    expect(deleted).toMatchObject({ ClusterArn: created.ClusterArn, State: 'DELETING' });
  });

  it('surfaces ConflictException and NotFoundException with their HTTP status', async () => {
    const lake = new TestLake();
    const kafka = new KafkaClient(lake.engine.sdkConfig());
    await kafka.send(new CreateClusterV2Command(serverlessInput()));
    expect(
      await failureOf(kafka.send(new CreateClusterV2Command(serverlessInput()))),
    ).toMatchObject({
      name: 'ConflictException',
      status: 409,
    });
    const missing =
      'arn:aws:kafka:us-east-1:111122223333:cluster/none/00000000-0000-0000-0000-000000000000-1';
    expect(
      await failureOf(kafka.send(new DescribeClusterV2Command({ ClusterArn: missing }))),
    ).toMatchObject({
      name: 'NotFoundException',
      status: 404,
    });
  });
});
