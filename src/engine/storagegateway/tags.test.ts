import {
  ActivateGatewayCommand,
  AddTagsToResourceCommand,
  CreateNFSFileShareCommand,
  DescribeGatewayInformationCommand,
  DescribeNFSFileSharesCommand,
  InvalidGatewayRequestException,
  ListTagsForResourceCommand,
  RemoveTagsFromResourceCommand,
  StorageGatewayClient,
} from '@aws-sdk/client-storage-gateway';
import { describe, expect, it } from 'vitest';
import { serviceRole } from '../datasync/testFixtures';
import { TestLake } from '../testing/TestLake';

async function activate(lake: TestLake, client: StorageGatewayClient) {
  const { ActivationKey } = await lake.call<{ ActivationKey: string }>(
    'sources',
    'GetGatewayActivationKey',
  );
  return client.send(
    new ActivateGatewayCommand({
      ActivationKey,
      GatewayName: 'onprem',
      GatewayTimezone: 'GMT',
      GatewayRegion: 'us-east-1',
      GatewayType: 'FILE_S3',
      Tags: [{ Key: 'Team', Value: 'data' }],
    }),
  );
}

describe('Storage Gateway tags through the real SDK client', () => {
  // API_ActivateGateway / API_CreateNFSFileShare take Tags; DescribeGatewayInformation and
  // NFSFileShareInfo return them; ListTagsForResource, AddTagsToResource, RemoveTagsFromResource.
  it('keeps the tags given at activation and creation, and adds, overwrites and removes tags', async () => {
    const lake = new TestLake();
    await lake.call('s3', 'CreateBucket', { Bucket: 'raw-zone' });
    const Role = await serviceRole(
      lake,
      'Gw',
      'storagegateway.amazonaws.com',
      'AmazonS3FullAccess',
    );
    const client = new StorageGatewayClient(lake.engine.sdkConfig());
    const { GatewayARN } = await activate(lake, client);
    const info = await client.send(new DescribeGatewayInformationCommand({ GatewayARN }));
    expect(info.Tags).toEqual([{ Key: 'Team', Value: 'data' }]);
    const { FileShareARN } = await client.send(
      new CreateNFSFileShareCommand({
        ClientToken: 'tagged-share',
        GatewayARN,
        LocationARN: 'arn:aws:s3:::raw-zone',
        Role,
        Tags: [{ Key: 'Zone', Value: 'raw' }],
      }),
    );
    const shares = await client.send(
      new DescribeNFSFileSharesCommand({ FileShareARNList: [FileShareARN!] }),
    );
    expect(shares.NFSFileShareInfoList?.[0]?.Tags).toEqual([{ Key: 'Zone', Value: 'raw' }]);
    await client.send(
      new AddTagsToResourceCommand({
        ResourceARN: GatewayARN,
        Tags: [
          { Key: 'Team', Value: 'platform' },
          { Key: 'Env', Value: 'dev' },
        ],
      }),
    );
    const listed = await client.send(new ListTagsForResourceCommand({ ResourceARN: GatewayARN }));
    expect(listed).toMatchObject({
      ResourceARN: GatewayARN,
      Tags: [
        { Key: 'Team', Value: 'platform' },
        { Key: 'Env', Value: 'dev' },
      ],
    });
    const removed = await client.send(
      new RemoveTagsFromResourceCommand({ ResourceARN: GatewayARN, TagKeys: ['Team'] }),
    );
    expect(removed.ResourceARN).toBe(GatewayARN);
    const after = await client.send(new ListTagsForResourceCommand({ ResourceARN: GatewayARN }));
    expect(after.Tags).toEqual([{ Key: 'Env', Value: 'dev' }]);
  });

  it('answers InvalidGatewayRequestException for the tags of an unknown gateway', async () => {
    const lake = new TestLake();
    const client = new StorageGatewayClient(lake.engine.sdkConfig());
    const ResourceARN = 'arn:aws:storagegateway:us-east-1:111122223333:gateway/sgw-00000000';
    const failure = await client
      .send(new ListTagsForResourceCommand({ ResourceARN }))
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(InvalidGatewayRequestException);
    expect((failure as InvalidGatewayRequestException).error?.errorCode).toBe('GatewayNotFound');
  });
});
