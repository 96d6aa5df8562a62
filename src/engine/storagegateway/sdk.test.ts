import {
  ActivateGatewayCommand,
  CreateNFSFileShareCommand,
  DescribeGatewayInformationCommand,
  DescribeNFSFileSharesCommand,
  InvalidGatewayRequestException,
  ListFileSharesCommand,
  StorageGatewayClient,
} from '@aws-sdk/client-storage-gateway';
import { describe, expect, it } from 'vitest';
import { testTerminal } from '../cli/testTerminal';
import { serviceRole } from '../datasync/testFixtures';
import { TestLake } from '../testing/TestLake';
import { rawKeys } from './testFixtures';

describe('Storage Gateway through the real AWS SDK client', () => {
  it('activates, creates an NFS file share, and the mounted export lands in S3', async () => {
    const lake = new TestLake();
    await lake.call('s3', 'CreateBucket', { Bucket: 'raw-zone' });
    const Role = await serviceRole(
      lake,
      'FileGatewayS3',
      'storagegateway.amazonaws.com',
      'AmazonS3FullAccess',
    );
    const { ActivationKey } = await lake.call<{ ActivationKey: string }>(
      'sources',
      'GetGatewayActivationKey',
    );
    const client = new StorageGatewayClient(lake.engine.sdkConfig());
    const { GatewayARN } = await client.send(
      new ActivateGatewayCommand({
        ActivationKey,
        GatewayName: 'onprem',
        GatewayTimezone: 'GMT',
        GatewayRegion: 'us-east-1',
        GatewayType: 'FILE_S3',
      }),
    );
    const info = await client.send(new DescribeGatewayInformationCommand({ GatewayARN }));
    expect(info.GatewayType).toBe('FILE_S3');
    const { FileShareARN } = await client.send(
      new CreateNFSFileShareCommand({
        ClientToken: 'sdk-token-1',
        GatewayARN,
        LocationARN: 'arn:aws:s3:::raw-zone/sales/',
        FileShareName: 'sales',
        Role,
      }),
    );
    const listed = await client.send(new ListFileSharesCommand({ GatewayARN }));
    expect(listed.FileShareInfoList?.map((s) => s.FileShareARN)).toEqual([FileShareARN]);
    const described = await client.send(
      new DescribeNFSFileSharesCommand({ FileShareARNList: [FileShareARN!] }),
    );
    expect(described.NFSFileShareInfoList?.[0]?.NFSFileShareDefaults?.FileMode).toBe('0666');
    await lake.call('sources', 'MountGatewayFileShare', {
      ServerHostname: 'nas.corp.internal',
      ExportPath: '/exports/sales',
      FileShareARN,
      CopyExistingFiles: true,
    });
    await lake.advance('2m');
    expect(rawKeys(lake)).toHaveLength(8);
  });

  it('surfaces InvalidGatewayRequestException with its error code and details', async () => {
    const lake = new TestLake();
    const client = new StorageGatewayClient(lake.engine.sdkConfig());
    const failure = await client
      .send(
        new ActivateGatewayCommand({
          ActivationKey: 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE',
          GatewayName: 'onprem',
          GatewayTimezone: 'GMT',
          GatewayRegion: 'us-east-1',
          GatewayType: 'FILE_S3',
        }),
      )
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(InvalidGatewayRequestException);
    expect((failure as InvalidGatewayRequestException).error?.errorCode).toBe(
      'ActivationKeyNotFound',
    );
  });

  it('answers `aws storagegateway …` in the terminal: the appliance key, then activation', async () => {
    const t = testTerminal();
    expect(JSON.parse(await t.ok('aws storagegateway list-gateways'))).toEqual({ Gateways: [] });
    const { ActivationKey } = JSON.parse(await t.ok('aws sources get-gateway-activation-key')) as {
      ActivationKey: string;
    };
    const { GatewayARN } = JSON.parse(
      await t.ok(
        `aws storagegateway activate-gateway --activation-key ${ActivationKey} --gateway-name gw --gateway-timezone GMT --gateway-region us-east-1 --gateway-type FILE_S3`,
      ),
    ) as { GatewayARN: string };
    const listed = JSON.parse(await t.ok('aws storagegateway list-gateways')) as {
      Gateways: { GatewayARN: string; GatewayType: string }[];
    };
    expect(listed.Gateways).toEqual([
      expect.objectContaining({ GatewayARN, GatewayType: 'FILE_S3' }),
    ]);
    const again = await t.run(
      `aws storagegateway activate-gateway --activation-key ${ActivationKey} --gateway-name gw --gateway-timezone GMT --gateway-region us-east-1 --gateway-type FILE_S3`,
    );
    expect(again.stderr).toContain(
      '(InvalidGatewayRequestException) when calling the ActivateGateway operation',
    );
  });
});
