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

export interface FileShareState {
  shares: FileShareSpec[];
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
