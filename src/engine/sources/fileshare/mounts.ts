import type { OperationContext } from '../../core/operations';
import { clientAllowed } from '../../storagegateway/shareRules';
import { cancelMountWrites, startMountWrites } from '../../storagegateway/uploads';
import { fileShareSpecs, fileShareState, gatewayMounts, type GatewayShareMount } from './state';

export interface MountGatewayFileShareInput {
  ServerHostname?: string;
  ExportPath?: string;
  FileShareARN?: string;
  /** Copy the files the export holds now onto the gateway share (default false). */
  CopyExistingFiles?: boolean;
}

/** The NAS hosts' addresses on the corporate network: 10.0.1.20, .21… in configuration order. */
export function nasIpOf(host: string, hosts: string[]): string {
  return `10.0.1.${20 + Math.max(0, hosts.indexOf(host))}`;
}

function need(value: string | undefined, field: string): string {
  if (!value) throw new Error(`${field} is required.`);
  return value;
}

/** A mount whose file share was deleted is stale: the NAS writes locally again. */
function pruneStaleMounts(ctx: OperationContext): void {
  const state = fileShareState(ctx.world);
  const shares = ctx.world.storagegateway?.fileShares ?? {};
  if (state.mounts) state.mounts = state.mounts.filter((m) => shares[m.FileShareARN]);
}

function checkMountable(ctx: OperationContext, host: string, path: string, arn: string) {
  pruneStaleMounts(ctx);
  const specs = fileShareSpecs(ctx.world);
  if (!specs.some((s) => s.ServerHostname === host && s.exportPath === path))
    throw new Error(
      `No NFS export ${host}:${path} on the corporate network. Exports: ${specs.map((s) => `${s.ServerHostname}:${s.exportPath}`).join(', ')}.`,
    );
  const share = ctx.world.storagegateway?.fileShares[arn];
  if (!share)
    throw new Error(
      `No gateway file share ${arn}: create one with storagegateway CreateNFSFileShare first.`,
    );
  if (share.FileShareStatus !== 'AVAILABLE')
    throw new Error(
      `The file share is ${share.FileShareStatus}: it can be mounted once AVAILABLE.`,
    );
  if (share.ReadOnly)
    throw new Error(
      'The file share is read-only (ReadOnly): the export job could not write to it.',
    );
  const ip = nasIpOf(
    host,
    specs.map((s) => s.ServerHostname),
  );
  // ClientList: only these NFS clients may mount the share (API_CreateNFSFileShare).
  if (!clientAllowed(share.ClientList, ip))
    throw new Error(
      `mount.nfs: access denied by server: the file share's ClientList (${share.ClientList.join(', ')}) does not include ${host} (${ip}).`,
    );
  const taken = gatewayMounts(ctx.world).find(
    (m) => m.ServerHostname === host && m.exportPath === path,
  );
  if (taken)
    throw new Error(
      `${host}:${path} already writes to file share ${taken.FileShareARN}: unmount it first.`,
    );
}

/** The export job now writes onto the gateway's NFS share: its files go to S3 through the gateway. */
export function mountGatewayFileShare(ctx: OperationContext, input: MountGatewayFileShareInput) {
  const host = need(input.ServerHostname, 'ServerHostname');
  const path = need(input.ExportPath, 'ExportPath').replace(/\/+$/, '') || '/';
  const arn = need(input.FileShareARN, 'FileShareARN');
  checkMountable(ctx, host, path, arn);
  const mount: GatewayShareMount = {
    ServerHostname: host,
    exportPath: path,
    FileShareARN: arn,
    mountedAt: ctx.now,
    writtenThrough: ctx.now,
  };
  (fileShareState(ctx.world).mounts ??= []).push(mount);
  const FilesCopied = startMountWrites(ctx, mount, input.CopyExistingFiles ?? false);
  return { Mount: { ...mount, mountedAt: new Date(mount.mountedAt) }, FilesCopied };
}

export function unmountGatewayFileShare(
  ctx: OperationContext,
  input: { ServerHostname?: string; ExportPath?: string },
) {
  const host = need(input.ServerHostname, 'ServerHostname');
  const path = need(input.ExportPath, 'ExportPath').replace(/\/+$/, '') || '/';
  const mounts = gatewayMounts(ctx.world);
  const mount = mounts.find((m) => m.ServerHostname === host && m.exportPath === path);
  if (!mount) throw new Error(`${host}:${path} is not mounted on a gateway file share.`);
  cancelMountWrites(ctx, mount);
  mounts.splice(mounts.indexOf(mount), 1);
  return {};
}

export function describeGatewayMounts(ctx: OperationContext) {
  return {
    Mounts: gatewayMounts(ctx.world).map((m) => ({ ...m, mountedAt: new Date(m.mountedAt) })),
  };
}
