import {
  CreateDeliveryStreamCommand,
  DescribeDeliveryStreamCommand,
  FirehoseClient,
  PutRecordCommand,
} from '@aws-sdk/client-firehose';
import { CreateClusterV2Command, KafkaClient } from '@aws-sdk/client-kafka';
import { describe, expect, it } from 'vitest';
import { destination, keysOf, lakeWithBucket, ROLE_ARN } from '../firehose/firehose.fixtures';
import { serverlessInput } from './kafka.fixtures';

describe('an MSK-sourced Firehose stream through the real SDK clients', () => {
  it('creates the cluster with KafkaClient, the stream with FirehoseClient, describes its MSK source and refuses PutRecord', async () => {
    const lake = await lakeWithBucket(
      JSON.stringify({
        Statement: [
          {
            Effect: 'Allow',
            Action: ['s3:PutObject', 'kafka:*', 'kafka-cluster:*'],
            Resource: '*',
          },
        ],
      }),
    );
    const kafka = new KafkaClient(lake.engine.sdkConfig());
    const firehose = new FirehoseClient(lake.engine.sdkConfig());
    const { ClusterArn } = await kafka.send(new CreateClusterV2Command(serverlessInput()));
    await lake.advance('5m');
    await firehose.send(
      new CreateDeliveryStreamCommand({
        DeliveryStreamName: 'clicks-msk',
        DeliveryStreamType: 'MSKAsSource',
        MSKSourceConfiguration: {
          MSKClusterARN: ClusterArn,
          TopicName: 'clicks',
          AuthenticationConfiguration: { RoleARN: ROLE_ARN, Connectivity: 'PRIVATE' },
          ReadFromTimestamp: new Date('2025-01-06T09:00:00Z'),
        },
        ExtendedS3DestinationConfiguration: destination(),
      }),
    );
    await lake.advance('5s');
    const { DeliveryStreamDescription: d } = await firehose.send(
      new DescribeDeliveryStreamCommand({ DeliveryStreamName: 'clicks-msk' }),
    );
    expect(d).toMatchObject({
      DeliveryStreamStatus: 'ACTIVE',
      DeliveryStreamType: 'MSKAsSource',
      Source: {
        MSKSourceDescription: {
          MSKClusterARN: ClusterArn,
          TopicName: 'clicks',
          AuthenticationConfiguration: { RoleARN: ROLE_ARN, Connectivity: 'PRIVATE' },
          ReadFromTimestamp: new Date('2025-01-06T09:00:00Z'),
          DeliveryStartTimestamp: new Date('2025-01-06T09:05:05Z'),
        },
      },
    });
    const refused = await firehose
      .send(
        new PutRecordCommand({
          DeliveryStreamName: 'clicks-msk',
          Record: { Data: new Uint8Array([1]) },
        }),
      )
      .catch((e: Error) => e);
    expect(refused).toMatchObject({
      name: 'InvalidArgumentException',
      message: 'This operation is not permitted on MSKAsSource delivery stream type.',
    });
    await lake.call('sources', 'ConfigureClickstream', {
      enabled: true,
      target: { kind: 'msk', clusterArn: ClusterArn, topicName: 'clicks' },
      eventsPerSecond: 3,
    });
    await lake.advance('6m');
    expect(keysOf(lake).length).toBeGreaterThan(0);
  });
});
