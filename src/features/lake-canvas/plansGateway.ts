import type { World } from '../../engine/world';
import { roleArnOf, roleSteps, type PlanStep, type RoleChoice, type Target } from './plans';

export interface StorageGatewayForm {
  hostname: string;
  /** The NAS export the nightly job writes to, e.g. `/exports/sales`. */
  path: string;
  gatewayName: string;
  fileShareName: string;
  /** Also copy the files the export holds now onto the gateway share. */
  copyExisting: boolean;
  role: RoleChoice;
  target: Target;
}

/** The first gateway the lab already has, reused instead of activating the appliance again. */
export const existingGatewayArn = (world: World): string | undefined =>
  Object.keys(world.storagegateway?.gateways ?? {})[0];

/** The corporate network the NAS (10.0.1.20) sits on: the only NFS clients the share admits. */
export const CORPORATE_NETWORK = '10.0.1.0/24';

/** `raw-zone` + `sales` → `arn:aws:s3:::raw-zone/sales/` (the prefix must end with `/`). */
export function locationArnOf(target: Target): string {
  const folder = target.prefix.replace(/^\/+|\/+$/g, '');
  return `arn:aws:s3:::${target.bucket}${folder ? `/${folder}/` : ''}`;
}

function activationSteps(world: World, form: StorageGatewayForm): PlanStep[] {
  return [
    {
      service: 'sources',
      operation: 'GetGatewayActivationKey',
      input: () => ({}),
      keep: (out, refs) => {
        refs.activationKey = (out as { ActivationKey: string }).ActivationKey;
      },
    },
    {
      service: 'storagegateway',
      operation: 'ActivateGateway',
      input: (refs) => ({
        ActivationKey: refs.activationKey ?? '<ActivationKey>',
        GatewayName: form.gatewayName,
        GatewayTimezone: 'GMT',
        GatewayRegion: world.region,
        GatewayType: 'FILE_S3',
      }),
      keep: (out, refs) => {
        refs.gatewayArn = (out as { GatewayARN: string }).GatewayARN;
      },
    },
  ];
}

/**
 * File share → S3 File Gateway → S3: the role, the gateway (unless one exists), an NFS file
 * share on the bucket/prefix, and the NAS export mounted on it.
 */
export function storageGatewayPlan(world: World, form: StorageGatewayForm): PlanStep[] {
  const gatewayArn = existingGatewayArn(world);
  return [
    ...roleSteps(form.role, 'storagegateway', form.target),
    ...(gatewayArn ? [] : activationSteps(world, form)),
    {
      service: 'storagegateway',
      operation: 'CreateNFSFileShare',
      input: (refs) => ({
        // One token per share and bucket: a retried Create returns the same share, not a second.
        ClientToken: `lakelab-${form.target.bucket}-${form.fileShareName}`.slice(0, 100),
        GatewayARN: gatewayArn ?? refs.gatewayArn ?? '<GatewayARN>',
        LocationARN: locationArnOf(form.target),
        FileShareName: form.fileShareName,
        Role: roleArnOf(world, form.role.roleName),
        ClientList: [CORPORATE_NETWORK],
      }),
      keep: (out, refs) => {
        refs.fileShareArn = (out as { FileShareARN: string }).FileShareARN;
      },
    },
    {
      service: 'sources',
      operation: 'MountGatewayFileShare',
      input: (refs) => ({
        ServerHostname: form.hostname,
        ExportPath: form.path,
        FileShareARN: refs.fileShareArn ?? '<FileShareARN>',
        CopyExistingFiles: form.copyExisting,
      }),
    },
  ];
}
