import { gatewayMounts } from '../sources/fileshare';
import type { World } from '../world';
import type { FileShareCounters, UploadError } from './state';

/** One file share as the lake canvas draws it: gateway, mounted exports, bucket, counters. */
export interface FileShareActivity {
  FileShareARN: string;
  FileShareName: string;
  FileShareStatus: string;
  GatewayARN: string;
  GatewayName: string;
  bucket: string;
  prefix: string;
  /** `host:/export` of each NFS client writing to the share. */
  clients: { ServerHostname: string; exportPath: string }[];
  counters: FileShareCounters;
  /** Files in the cache not yet in S3 (waiting for write-back or refused). */
  waiting: number;
  lastError?: UploadError;
}

export interface GatewayActivity {
  GatewayARN: string;
  GatewayName: string;
  GatewayState: string;
  fileShares: FileShareActivity[];
}

/** Gateways and their file shares, for the lake canvas (reads only). */
export function storageGatewayActivity(world: World): GatewayActivity[] {
  const state = world.storagegateway;
  if (!state) return [];
  const mounts = gatewayMounts(world);
  return Object.values(state.gateways).map((g) => ({
    GatewayARN: g.GatewayARN,
    GatewayName: g.GatewayName,
    GatewayState: g.GatewayState,
    fileShares: Object.values(state.fileShares)
      .filter((s) => s.GatewayARN === g.GatewayARN)
      .map((s) => {
        const activity: FileShareActivity = {
          FileShareARN: s.FileShareARN,
          FileShareName: s.FileShareName,
          FileShareStatus: s.FileShareStatus,
          GatewayARN: g.GatewayARN,
          GatewayName: g.GatewayName,
          bucket: s.bucket,
          prefix: s.prefix,
          clients: mounts
            .filter((m) => m.FileShareARN === s.FileShareARN)
            .map(({ ServerHostname, exportPath }) => ({ ServerHostname, exportPath })),
          counters: { ...s.counters },
          waiting: s.dirty.length,
        };
        if (s.lastError) activity.lastError = { ...s.lastError };
        return activity;
      }),
  }));
}
