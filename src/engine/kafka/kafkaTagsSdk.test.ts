import {
  CreateClusterV2Command,
  KafkaClient,
  ListTagsForResourceCommand,
  TagResourceCommand,
  UntagResourceCommand,
} from '@aws-sdk/client-kafka';
import { describe, expect, it } from 'vitest';
import { failureOf } from '../testing/sdkFailure';
import { TestLake } from '../testing/TestLake';
import { provisionedInput, serverlessInput } from './kafka.fixtures';

describe('MSK tags and broker sizes through the real KafkaClient', () => {
  // API reference: /v1/tags/{resourceArn} — ListTagsForResource, TagResource, UntagResource.
  it('tags a cluster, lists its tags and removes some by key', async () => {
    const lake = new TestLake();
    const kafka = new KafkaClient(lake.engine.sdkConfig());
    const { ClusterArn } = await kafka.send(
      new CreateClusterV2Command({ ...serverlessInput(), Tags: { Team: 'web' } }),
    );
    await kafka.send(
      new TagResourceCommand({ ResourceArn: ClusterArn, Tags: { Env: 'dev', Owner: 'ana' } }),
    );
    const listed = await kafka.send(new ListTagsForResourceCommand({ ResourceArn: ClusterArn }));
    expect(listed.Tags).toEqual({ Team: 'web', Env: 'dev', Owner: 'ana' });
    await kafka.send(
      new UntagResourceCommand({ ResourceArn: ClusterArn, TagKeys: ['Env', 'Owner'] }),
    );
    const after = await kafka.send(new ListTagsForResourceCommand({ ResourceArn: ClusterArn }));
    expect(after.Tags).toEqual({ Team: 'web' });
  });

  // MSK tagging: keys 1-128 characters, values up to 256, keys starting with aws: are reserved.
  it('refuses a reserved aws: tag key at creation and on TagResource (BadRequestException)', async () => {
    const lake = new TestLake();
    const kafka = new KafkaClient(lake.engine.sdkConfig());
    expect(
      await failureOf(
        kafka.send(new CreateClusterV2Command({ ...serverlessInput(), Tags: { 'aws:x': 'y' } })),
      ),
    ).toMatchObject({ name: 'BadRequestException', status: 400 });
    const { ClusterArn } = await kafka.send(new CreateClusterV2Command(serverlessInput()));
    expect(
      await failureOf(
        kafka.send(
          new TagResourceCommand({ ResourceArn: ClusterArn, Tags: { k: 'v'.repeat(257) } }),
        ),
      ),
    ).toMatchObject({ name: 'BadRequestException', status: 400 });
  });

  it('answers NotFoundException (404) for the tags of an unknown cluster', async () => {
    const lake = new TestLake();
    const kafka = new KafkaClient(lake.engine.sdkConfig());
    const ResourceArn =
      'arn:aws:kafka:us-east-1:111122223333:cluster/none/00000000-0000-0000-0000-000000000000-1';
    expect(
      await failureOf(kafka.send(new ListTagsForResourceCommand({ ResourceArn }))),
    ).toMatchObject({
      name: 'NotFoundException',
      status: 404,
    });
  });

  // Developer guide, broker sizes: standard brokers come in M5 (large–24xlarge), M7g (large–16xlarge) and t3.small.
  it('accepts every standard broker size, such as kafka.m5.4xlarge and kafka.m7g.2xlarge', async () => {
    const lake = new TestLake();
    const kafka = new KafkaClient(lake.engine.sdkConfig());
    for (const [name, InstanceType] of [
      ['big-m5', 'kafka.m5.4xlarge'],
      ['big-m7g', 'kafka.m7g.2xlarge'],
    ] as const) {
      const input = provisionedInput(name);
      input.Provisioned.BrokerNodeGroupInfo.InstanceType = InstanceType;
      const out = await kafka.send(new CreateClusterV2Command(input));
      expect(out.State).toBe('CREATING');
    }
    const bad = provisionedInput('odd');
    bad.Provisioned.BrokerNodeGroupInfo.InstanceType = 'kafka.m5.huge';
    expect(await failureOf(kafka.send(new CreateClusterV2Command(bad)))).toMatchObject({
      name: 'BadRequestException',
      status: 400,
    });
  });
});
