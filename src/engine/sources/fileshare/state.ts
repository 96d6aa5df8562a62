import type { World } from '../../world';
import { sourcesState } from '../state';

/** One NFS export on the simulated corporate network; its files follow from the spec and the clock. */
export interface FileShareSpec {
  ServerHostname: string;
  /** The exported directory, e.g. `/exports/sales`. */
  exportPath: string;
  /** Daily files are named `<filePrefix>YYYYMMDD.csv`. */
  filePrefix: string;
  /** The first day (UTC midnight, epoch ms) the nightly export wrote a file. */
  historyFromMs: number;
  /** The NAS keeps this many days of files; older ones are rotated off the share. */
  retentionDays: number;
}

/** The lab's Storage Gateway appliance: a VM on the corporate network waiting to be activated. */
export interface GatewayAppliance {
  ipAddress: string;
  ActivationKey: string;
  /** When the VM handed out this key (keys expire after 30 minutes unused). */
  issuedAt: number;
  /** Set once ActivateGateway used the key: the appliance is that gateway now. */
  GatewayARN?: string;
}

/** An NFS export whose writer (the nightly export job) writes onto a gateway file share. */
export interface GatewayShareMount {
  ServerHostname: string;
  exportPath: string;
  FileShareARN: string;
  mountedAt: number;
  /** Files written up to this instant have been handed to the gateway. */
  writtenThrough: number;
}

export interface FileShareState {
  shares: FileShareSpec[];
  appliance?: GatewayAppliance;
  /** How many appliances were deployed (each new VM gets the next key). */
  appliancesDeployed?: number;
  mounts?: GatewayShareMount[];
}

/** The course's sample share: sales exports since a week before the default lab start. */
export const DEFAULT_FILE_SHARE: FileShareSpec = {
  ServerHostname: 'nas.corp.internal',
  exportPath: '/exports/sales',
  filePrefix: 'sales_',
  historyFromMs: Date.UTC(2024, 11, 30),
  retentionDays: 90,
};

/** The configured shares (the default share until one is configured). */
export function fileShareSpecs(world: World): FileShareSpec[] {
  const state = sourcesState(world).fileShares;
  return state?.shares ?? [DEFAULT_FILE_SHARE];
}

/** The file share state, created with the default share on first use. */
export function fileShareState(world: World): FileShareState {
  return (sourcesState(world).fileShares ??= { shares: [DEFAULT_FILE_SHARE] });
}

/** The exports mounted on gateway file shares. */
export const gatewayMounts = (world: World): GatewayShareMount[] =>
  sourcesState(world).fileShares?.mounts ?? [];

/** Adds (or replaces) a share on the simulated network. */
export function configureFileShare(world: World, spec: FileShareSpec): void {
  const sources = sourcesState(world);
  const shares = (sources.fileShares ??= { shares: [DEFAULT_FILE_SHARE] }).shares;
  const i = shares.findIndex(
    (s) => s.ServerHostname === spec.ServerHostname && s.exportPath === spec.exportPath,
  );
  if (i >= 0) shares[i] = spec;
  else shares.push(spec);
}
