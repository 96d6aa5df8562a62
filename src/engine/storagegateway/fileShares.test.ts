import { describe, expect, it } from 'vitest';
import type { AwsError } from '../core/errors';
import { serviceRole } from '../datasync/testFixtures';
import { TestLake } from '../testing/TestLake';
import { activatedGateway, ROLE_ARN } from './testFixtures';

async function setUp() {
  const lake = new TestLake();
  await lake.call('s3', 'CreateBucket', { Bucket: 'raw-zone' });
  await serviceRole(lake, 'FileGatewayS3', 'storagegateway.amazonaws.com', 'AmazonS3FullAccess');
  const GatewayARN = await activatedGateway(lake);
  const share = (more: object = {}) => ({
    ClientToken: 'token-1',
    GatewayARN,
    LocationARN: 'arn:aws:s3:::raw-zone/sales/',
    FileShareName: 'sales',
    Role: ROLE_ARN,
    ...more,
  });
  return { lake, GatewayARN, share };
}

const create = (lake: TestLake, input: object) =>
  lake.call<{ FileShareARN: string }>('storagegateway', 'CreateNFSFileShare', input);

describe('Storage Gateway: NFS file shares', () => {
  it('creates a share with the documented defaults (RootSquash, private, S3_STANDARD, 0666/0777, nfsnobody)', async () => {
    const { lake, share } = await setUp();
    const { FileShareARN } = await create(lake, share());
    expect(FileShareARN).toMatch(/^arn:aws:storagegateway:us-east-1:111122223333:share\/share-/);
    const { NFSFileShareInfoList } = await lake.call<{ NFSFileShareInfoList: object[] }>(
      'storagegateway',
      'DescribeNFSFileShares',
      { FileShareARNList: [FileShareARN] },
    );
    expect(NFSFileShareInfoList[0]).toMatchObject({
      FileShareStatus: 'AVAILABLE',
      Path: '/sales',
      Squash: 'RootSquash',
      ObjectACL: 'private',
      DefaultStorageClass: 'S3_STANDARD',
      ClientList: ['0.0.0.0/0'],
      GuessMIMETypeEnabled: true,
      ReadOnly: false,
      NFSFileShareDefaults: {
        FileMode: '0666',
        DirectoryMode: '0777',
        OwnerId: 65534,
        GroupId: 65534,
      },
    });
  });

  it('is idempotent on ClientToken: a retry returns the same share', async () => {
    const { lake, share, GatewayARN } = await setUp();
    const first = await create(lake, share());
    expect(await create(lake, share())).toEqual(first);
    const other = await lake.errorOf(
      'storagegateway',
      'CreateNFSFileShare',
      share({ LocationARN: 'arn:aws:s3:::raw-zone/other/', FileShareName: 'other' }),
    );
    expect(other.message).toContain('was already used');
    const { FileShareInfoList } = await lake.call<{ FileShareInfoList: object[] }>(
      'storagegateway',
      'ListFileShares',
      { GatewayARN },
    );
    expect(FileShareInfoList).toEqual([
      expect.objectContaining({ FileShareType: 'NFS', FileShareARN: first.FileShareARN }),
    ]);
  });

  it.each([
    [{ LocationARN: 'arn:aws:s3:::raw-zone/sales' }, 'must end with a forward slash'],
    [{ FileShareName: undefined }, 'FileShareName must be set'],
    [{ LocationARN: 'arn:aws:s3:::no-such-bucket' }, 'does not exist'],
    [{ LocationARN: 's3://raw-zone/sales/' }, 'not a bucket ARN'],
    [{ DefaultStorageClass: 'GLACIER' }, 'DefaultStorageClass GLACIER is not valid'],
    [{ Squash: 'RootOnly' }, 'Squash RootOnly is not valid'],
    [{ ClientList: ['10.0.1.0/33'] }, 'not an IPv4 address or CIDR'],
    [{ ClientToken: 'abc' }, 'ClientToken must be between 5 and 100'],
    [{ Role: 'arn:aws:iam::111122223333:role/Missing' }, 'does not exist'],
  ])('refuses %j with InvalidGatewayRequestException (%s)', async (more, message) => {
    const { lake, share } = await setUp();
    const e = await lake.errorOf('storagegateway', 'CreateNFSFileShare', share(more));
    expect(e.name).toBe('InvalidGatewayRequestException');
    expect(e.message).toContain(message);
    expect((e as AwsError).details).toMatchObject({ error: { errorCode: expect.any(String) } });
  });

  it('needs a role that trusts storagegateway.amazonaws.com', async () => {
    const { lake, share } = await setUp();
    const other = await serviceRole(
      lake,
      'ForDataSync',
      'datasync.amazonaws.com',
      'AmazonS3FullAccess',
    );
    const e = await lake.errorOf('storagegateway', 'CreateNFSFileShare', share({ Role: other }));
    expect(e.message).toContain('storagegateway.amazonaws.com');
  });

  // API_UpdateNFSFileShare: storage class, squash, RequesterPays…; fields left out stay as they were.
  it('updates settings (RequesterPays too); an unknown share is InvalidGatewayRequestException; delete removes it', async () => {
    const { lake, share } = await setUp();
    const { FileShareARN } = await create(lake, share());
    await lake.call('storagegateway', 'UpdateNFSFileShare', {
      FileShareARN,
      Squash: 'NoSquash',
      DefaultStorageClass: 'S3_STANDARD_IA',
      RequesterPays: true,
    });
    const info = await lake.call<{ NFSFileShareInfoList: { Squash: string }[] }>(
      'storagegateway',
      'DescribeNFSFileShares',
      { FileShareARNList: [FileShareARN] },
    );
    expect(info.NFSFileShareInfoList[0]).toMatchObject({
      Squash: 'NoSquash',
      DefaultStorageClass: 'S3_STANDARD_IA',
      RequesterPays: true,
      ReadOnly: false,
    });
    await lake.call('storagegateway', 'DeleteFileShare', { FileShareARN });
    const gone = await lake.errorOf('storagegateway', 'DescribeNFSFileShares', {
      FileShareARNList: [FileShareARN],
    });
    expect(gone).toMatchObject({
      name: 'InvalidGatewayRequestException',
      message: 'The specified file share was not found.',
    });
  });
});
