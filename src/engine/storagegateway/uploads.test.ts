import { describe, expect, it } from 'vitest';
import { readLabFile, writeLabFile } from '../core/labFile';
import { readShareFile } from '../sources/fileshare';
import { TestLake } from '../testing/TestLake';
import { activatedGateway, gatewayPipeline, rawKeys } from './testFixtures';
import { CAP_USD_PER_GATEWAY_MONTH, writtenCost } from './pricing';

// The lab starts 2025-01-06T09:00Z; the NAS's nightly export writes sales_YYYYMMDD.csv at 01:00.
const NEXT_EXPORT = Date.parse('2025-01-07T01:00:00Z');
const object = (lake: TestLake, key: string) =>
  lake.engine.world.s3.buckets['raw-zone']!.objects[key];

async function advanceTo(lake: TestLake, ms: number) {
  await lake.advance(ms - lake.now().getTime());
}

describe('S3 File Gateway: files written to the NFS share land in S3', () => {
  it('uploads the nightly export asynchronously, 2 minutes after the write, under prefix + path', async () => {
    const lake = new TestLake();
    await gatewayPipeline(lake);
    await advanceTo(lake, NEXT_EXPORT + 60_000);
    expect(rawKeys(lake)).toEqual([]);
    await advanceTo(lake, NEXT_EXPORT + 2 * 60_000);
    expect(rawKeys(lake)).toEqual(['sales/sales_20250107.csv']);
    const stored = object(lake, 'sales/sales_20250107.csv')!;
    expect(stored.Body).toEqual(
      readShareFile(lake.engine.world, 'nas.corp.internal', '/exports/sales', 'sales_20250107.csv'),
    );
    expect(stored.ContentType).toBe('text/csv');
  });

  it('writes the file metadata as S3 user metadata; RootSquash maps the root writer to nfsnobody', async () => {
    const lake = new TestLake();
    await gatewayPipeline(lake, { copyExisting: true });
    await lake.advance('2m');
    const head = await lake.call<{ Metadata: Record<string, string> }>('s3', 'HeadObject', {
      Bucket: 'raw-zone',
      Key: 'sales/sales_20250106.csv',
    });
    expect(head.Metadata).toEqual({
      'user-agent': 'aws-storage-gateway',
      'file-owner': '65534',
      'file-group': '65534',
      'file-permissions': '100644',
    });
  });

  it('keeps root as owner 0 with NoSquash, and writes in the share default storage class', async () => {
    const lake = new TestLake();
    await gatewayPipeline(lake, {
      copyExisting: true,
      share: { Squash: 'NoSquash', DefaultStorageClass: 'S3_STANDARD_IA' },
    });
    await lake.advance('2m');
    const stored = object(lake, 'sales/sales_20250106.csv')!;
    expect(stored.Metadata['file-owner']).toBe('0');
    expect(stored.StorageClass).toBe('STANDARD_IA');
  });

  it('copies the files already on the export when asked, and follows the export over a day', async () => {
    const lake = new TestLake();
    await gatewayPipeline(lake, { copyExisting: true });
    await lake.advance('2m');
    expect(rawKeys(lake)).toHaveLength(8);
    await lake.advance('1d');
    expect(rawKeys(lake)).toHaveLength(9);
    expect(rawKeys(lake).at(-1)).toBe('sales/sales_20250107.csv');
  });

  it('lands nothing when the role may not s3:PutObject; the denial is logged and retried hourly once fixed', async () => {
    const lake = new TestLake();
    const { FileShareARN } = await gatewayPipeline(lake, {
      access: 'AmazonS3ReadOnlyAccess',
      copyExisting: true,
    });
    await lake.advance('10m');
    expect(rawKeys(lake)).toEqual([]);
    const share = lake.engine.world.storagegateway!.fileShares[FileShareARN]!;
    expect(share.lastError?.code).toBe('AccessDenied');
    expect(share.dirty).toHaveLength(8);
    const denied = lake.engine.world.log.filter(
      (e) => e.operation === 'PutObject' && e.outcome === 'denied',
    );
    expect(denied[0]?.principal).toContain('FileGatewayS3');
    await lake.call('iam', 'AttachRolePolicy', {
      RoleName: 'FileGatewayS3',
      PolicyArn: 'arn:aws:iam::aws:policy/AmazonS3FullAccess',
    });
    await lake.advance('1h');
    expect(rawKeys(lake)).toHaveLength(8);
    expect(share.lastError).toBeUndefined();
  });

  it('records data written to AWS in the ledger; the first 100 GB per account are free', async () => {
    const lake = new TestLake();
    await gatewayPipeline(lake, { copyExisting: true });
    await lake.advance('2m');
    const bytes = rawKeys(lake).reduce((n, k) => n + object(lake, k)!.Body.byteLength, 0);
    const line = Object.values(lake.engine.world.ledger).find(
      (l) => l.service === 'storagegateway',
    )!;
    expect(line).toMatchObject({ usageType: 'FileGateway-DataWrittenToAWS', unit: 'GB', cost: 0 });
    expect(line.quantity).toBeCloseTo(bytes / 1024 ** 3, 12);
  });

  it('prices data written at $0.01/GB past the free 100 GB, up to $125 per gateway per month', () => {
    expect(writtenCost(0, 0, 100)).toBe(0);
    expect(writtenCost(90, 0, 20)).toBeCloseTo(0.1, 10);
    expect(writtenCost(200, 0, 50)).toBeCloseTo(0.5, 10);
    expect(writtenCost(100, 124.9, 1000)).toBeCloseTo(0.1, 10);
    expect(writtenCost(100, CAP_USD_PER_GATEWAY_MONTH, 1000)).toBe(0);
  });

  it('is deterministic: the same seed gives the same objects', async () => {
    const run = async () => {
      const lake = new TestLake({ seed: 7 });
      await gatewayPipeline(lake, { copyExisting: true });
      await lake.advance('2d');
      return rawKeys(lake).map((k) => [k, Array.from(object(lake, k)!.Body)]);
    };
    expect(await run()).toEqual(await run());
  });

  it('NotifyWhenUploaded completes once the files written before it are in S3; DeleteFileShare waits for them', async () => {
    const lake = new TestLake();
    const { FileShareARN } = await gatewayPipeline(lake, { copyExisting: true });
    await lake.call('storagegateway', 'NotifyWhenUploaded', { FileShareARN });
    await lake.call('storagegateway', 'DeleteFileShare', { FileShareARN });
    const share = lake.engine.world.storagegateway!.fileShares[FileShareARN]!;
    expect(share.FileShareStatus).toBe('DELETING');
    expect(share.notifications?.[0]?.completedAt).toBeUndefined();
    await lake.advance('2m');
    expect(share.notifications?.[0]?.completedAt).toBe(lake.now().getTime());
    expect(rawKeys(lake)).toHaveLength(8);
    expect(lake.engine.world.storagegateway!.fileShares[FileShareARN]).toBeUndefined();
  });
});

describe('a lab file saved mid-upload', () => {
  it('resumes: cached files still upload and the mount follows the next exports', async () => {
    const lake = new TestLake();
    await gatewayPipeline(lake, { copyExisting: true });
    await lake.advance('1m');
    const resumed = new TestLake();
    resumed.engine.restore(readLabFile(writeLabFile(lake.engine.snapshot())));
    await resumed.advance('1d');
    expect(rawKeys(resumed)).toHaveLength(9);
  });
});

describe('mounting the NAS export on a gateway file share (sources service)', () => {
  it('refuses a NAS outside the ClientList, an unknown export, a read-only share, and a second mount', async () => {
    const lake = new TestLake();
    const { FileShareARN } = await gatewayPipeline(lake);
    const again = await lake.errorOf('sources', 'MountGatewayFileShare', {
      ServerHostname: 'nas.corp.internal',
      ExportPath: '/exports/sales',
      FileShareARN,
    });
    expect(again).toMatchObject({ name: 'InvalidParameterValue' });
    expect(again.message).toContain('unmount it first');
    await lake.call('sources', 'UnmountGatewayFileShare', {
      ServerHostname: 'nas.corp.internal',
      ExportPath: '/exports/sales',
    });
    const unknown = await lake.errorOf('sources', 'MountGatewayFileShare', {
      ServerHostname: 'nas.corp.internal',
      ExportPath: '/exports/hr',
      FileShareARN,
    });
    expect(unknown.message).toContain('No NFS export nas.corp.internal:/exports/hr');
    await lake.call('storagegateway', 'UpdateNFSFileShare', {
      FileShareARN,
      ClientList: ['192.168.0.0/16'],
    });
    const denied = await lake.errorOf('sources', 'MountGatewayFileShare', {
      ServerHostname: 'nas.corp.internal',
      ExportPath: '/exports/sales',
      FileShareARN,
    });
    expect(denied.message).toContain('access denied by server');
    await lake.call('storagegateway', 'UpdateNFSFileShare', {
      FileShareARN,
      ClientList: ['10.0.1.0/24'],
      ReadOnly: true,
    });
    const readOnly = await lake.errorOf('sources', 'MountGatewayFileShare', {
      ServerHostname: 'nas.corp.internal',
      ExportPath: '/exports/sales',
      FileShareARN,
    });
    expect(readOnly.message).toContain('read-only');
  });

  it('mounts the export again on a new share once the old gateway is deleted', async () => {
    const lake = new TestLake();
    const { GatewayARN, Role } = await gatewayPipeline(lake);
    await lake.call('storagegateway', 'DeleteGateway', { GatewayARN });
    const gateway = await activatedGateway(lake);
    const { FileShareARN } = await lake.call<{ FileShareARN: string }>(
      'storagegateway',
      'CreateNFSFileShare',
      {
        ClientToken: 'second-share',
        GatewayARN: gateway,
        LocationARN: 'arn:aws:s3:::raw-zone',
        Role,
      },
    );
    await lake.call('sources', 'MountGatewayFileShare', {
      ServerHostname: 'nas.corp.internal',
      ExportPath: '/exports/sales',
      FileShareARN,
    });
    await lake.advance('1d');
    // The whole bucket this time: keys have no prefix (sales_20250106 was restated at 06:00).
    expect(rawKeys(lake, '')).toEqual(['sales_20250106.csv', 'sales_20250107.csv']);
  });

  it('stops uploading once unmounted', async () => {
    const lake = new TestLake();
    await gatewayPipeline(lake);
    await lake.call('sources', 'UnmountGatewayFileShare', {
      ServerHostname: 'nas.corp.internal',
      ExportPath: '/exports/sales',
    });
    await lake.advance('2d');
    expect(rawKeys(lake)).toEqual([]);
  });
});
