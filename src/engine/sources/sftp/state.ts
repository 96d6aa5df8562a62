import type { World } from '../../world';
import { sourcesState } from '../state';

/** A partner that logs in to a Transfer Family server as a user and uploads a file on a schedule. */
export interface SftpPartner {
  name: string;
  ServerId: string;
  UserName: string;
  /** Files are named `<filePrefix>YYYYMMDDTHHMM.csv`. */
  filePrefix: string;
  everyMinutes: number;
  /** When the partner was configured (epoch ms); the first upload is one interval later. */
  sinceMs: number;
  /** The time of the last scheduled upload already attempted. */
  lastDropAt?: number;
  filesDelivered: number;
  bytesDelivered: number;
  failedDrops: number;
  lastError?: string;
}

export interface SftpState {
  partners: SftpPartner[];
}

export function sftpState(world: World): SftpState {
  const sources = sourcesState(world);
  return (sources.sftp ??= { partners: [] });
}
