import {
  CreateNFSFileShareCommand,
  DescribeNFSFileSharesCommand,
  InvalidGatewayRequestException,
  StorageGatewayClient,
  UpdateNFSFileShareCommand,
} from '@aws-sdk/client-storage-gateway';
import { describe, expect, it } from 'vitest';
import { serviceRole } from '../datasync/testFixtures';
import { TestLake } from '../testing/TestLake';
import { activatedGateway } from './testFixtures';

const KEY = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';

async function setUp() {
  const lake = new TestLake();
  await lake.call('s3', 'CreateBucket', { Bucket: 'raw-zone' });
  const Role = await serviceRole(lake, 'Gw', 'storagegateway.amazonaws.com', 'AmazonS3FullAccess');
  const GatewayARN = await activatedGateway(lake);
  const client = new StorageGatewayClient(lake.engine.sdkConfig());
  const base = { GatewayARN, LocationARN: 'arn:aws:s3:::raw-zone', Role };
  const describe = async (arn: string) =>
    (await client.send(new DescribeNFSFileSharesCommand({ FileShareARNList: [arn] })))
      .NFSFileShareInfoList![0]!;
  return { client, base, describe };
}

describe('Storage Gateway file share encryption through the real SDK client', () => {
  // API_CreateNFSFileShare: EncryptionType (SseS3 | SseKms | DsseKms) or KMSEncrypted; KMSKey only with KMS.
  it('keeps SseKms with its KMSKey, reports KMSEncrypted true, and defaults to SseS3', async () => {
    const { client, base, describe: info } = await setUp();
    const { FileShareARN } = await client.send(
      new CreateNFSFileShareCommand({
        ...base,
        ClientToken: 'kms-share',
        EncryptionType: 'SseKms',
        KMSKey: KEY,
      }),
    );
    expect(await info(FileShareARN!)).toMatchObject({
      EncryptionType: 'SseKms',
      KMSEncrypted: true,
      KMSKey: KEY,
    });
    await client.send(new UpdateNFSFileShareCommand({ FileShareARN, EncryptionType: 'SseS3' }));
    const after = await info(FileShareARN!);
    expect(after).toMatchObject({ EncryptionType: 'SseS3', KMSEncrypted: false });
    expect(after.KMSKey).toBeUndefined();
  });

  it('refuses a KMSKey with SseS3 and a KMSEncrypted flag that contradicts EncryptionType', async () => {
    const { client, base } = await setUp();
    for (const extra of [
      { KMSKey: KEY },
      { EncryptionType: 'SseS3' as const, KMSEncrypted: true },
    ]) {
      const failure = await client
        .send(new CreateNFSFileShareCommand({ ...base, ClientToken: 'bad-share', ...extra }))
        .catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(InvalidGatewayRequestException);
    }
  });

  // API_UpdateNFSFileShare: a refused update changes nothing.
  it('leaves the share unchanged when an update is refused', async () => {
    const { client, base, describe: info } = await setUp();
    const { FileShareARN } = await client.send(
      new CreateNFSFileShareCommand({ ...base, ClientToken: 'atomic-share' }),
    );
    const failure = await client
      .send(
        new UpdateNFSFileShareCommand({
          FileShareARN,
          DefaultStorageClass: 'S3_STANDARD_IA',
          Squash: 'SquashEverything',
        }),
      )
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(InvalidGatewayRequestException);
    expect((await info(FileShareARN!)).DefaultStorageClass).toBe('S3_STANDARD');
  });
});
