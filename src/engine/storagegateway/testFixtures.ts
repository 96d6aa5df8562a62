import { serviceRole } from '../datasync/testFixtures';
import type { TestLake } from '../testing/TestLake';

export const ROLE_ARN = 'arn:aws:iam::111122223333:role/FileGatewayS3';

/** The appliance's key, then an activated S3 File Gateway. */
export async function activatedGateway(lake: TestLake): Promise<string> {
  const { ActivationKey } = await lake.call<{ ActivationKey: string }>(
    'sources',
    'GetGatewayActivationKey',
  );
  const { GatewayARN } = await lake.call<{ GatewayARN: string }>(
    'storagegateway',
    'ActivateGateway',
    {
      ActivationKey,
      GatewayName: 'onprem-file-gateway',
      GatewayTimezone: 'GMT',
      GatewayRegion: 'us-east-1',
      GatewayType: 'FILE_S3',
    },
  );
  return GatewayARN;
}

export interface PipelineOptions {
  access?: 'AmazonS3FullAccess' | 'AmazonS3ReadOnlyAccess';
  share?: Record<string, unknown>;
  copyExisting?: boolean;
}

/** raw-zone, a role, a gateway, an NFS file share on raw-zone/sales/, the NAS export mounted on it. */
export async function gatewayPipeline(lake: TestLake, options: PipelineOptions = {}) {
  await lake.call('s3', 'CreateBucket', { Bucket: 'raw-zone' });
  const Role = await serviceRole(
    lake,
    'FileGatewayS3',
    'storagegateway.amazonaws.com',
    options.access ?? 'AmazonS3FullAccess',
  );
  const GatewayARN = await activatedGateway(lake);
  const { FileShareARN } = await lake.call<{ FileShareARN: string }>(
    'storagegateway',
    'CreateNFSFileShare',
    {
      ClientToken: 'sales-share-1',
      GatewayARN,
      LocationARN: 'arn:aws:s3:::raw-zone/sales/',
      FileShareName: 'sales',
      Role,
      ...options.share,
    },
  );
  await lake.call('sources', 'MountGatewayFileShare', {
    ServerHostname: 'nas.corp.internal',
    ExportPath: '/exports/sales',
    FileShareARN,
    CopyExistingFiles: options.copyExisting ?? false,
  });
  return { GatewayARN, FileShareARN, Role };
}

export const rawKeys = (lake: TestLake, prefix = 'sales/') =>
  Object.keys(lake.engine.world.s3.buckets['raw-zone']?.objects ?? {})
    .filter((k) => k.startsWith(prefix))
    .sort();
