import type { World } from '../world';

/** A resource tag (API_Tag). */
export interface StoredTag {
  Key: string;
  Value: string;
}

/** One activated gateway appliance (a VM on the corporate network). */
export interface StoredGateway {
  GatewayARN: string;
  GatewayId: string;
  GatewayName: string;
  GatewayTimezone: string;
  GatewayType: 'FILE_S3';
  GatewayState: 'RUNNING' | 'SHUTDOWN';
  /** The activation key it was activated with (single use). */
  ActivationKey: string;
  CreatedAt: number;
  /** Absent in labs saved before tags were simulated. */
  Tags?: StoredTag[];
}

/** Why the gateway could not upload a file (S3 refused the file share's role…). */
export interface UploadError {
  at: number;
  code: string;
  message: string;
  key: string;
}

export interface FileShareCounters {
  filesWritten: number;
  filesUploaded: number;
  bytesUploaded: number;
  uploadFailures: number;
}

/** A file written to the share and not in S3 yet: waiting for write-back, or refused by S3. */
export interface DirtyFile {
  /** Path relative to the share's root, e.g. `sales_20250106.csv`. */
  path: string;
  /** The writing NFS client's export: where the gateway reads the bytes back from. */
  host: string;
  exportPath: string;
  writtenAt: number;
  owner: number;
  group: number;
  mode: string;
  failed?: boolean;
}

export interface StoredNfsFileShare {
  FileShareARN: string;
  FileShareId: string;
  FileShareName: string;
  FileShareStatus: 'CREATING' | 'AVAILABLE' | 'UPDATING' | 'DELETING';
  GatewayARN: string;
  LocationARN: string;
  bucket: string;
  /** Object key prefix under the bucket, '' or ending with `/`. */
  prefix: string;
  Role: string;
  ClientToken: string;
  DefaultStorageClass: string;
  ObjectACL: string;
  ClientList: string[];
  Squash: 'RootSquash' | 'NoSquash' | 'AllSquash';
  ReadOnly: boolean;
  GuessMIMETypeEnabled: boolean;
  RequesterPays: boolean;
  NFSFileShareDefaults: {
    FileMode: string;
    DirectoryMode: string;
    GroupId: number;
    OwnerId: number;
  };
  Path: string;
  CreatedAt: number;
  counters: FileShareCounters;
  dirty: DirtyFile[];
  lastError?: UploadError;
  /** Absent in labs saved before tags were simulated. */
  Tags?: StoredTag[];
  /** Server-side encryption of the objects the share writes; absent means SseS3 (older labs). */
  encryption?: { EncryptionType: 'SseS3' | 'SseKms' | 'DsseKms'; KMSKey?: string };
  /** NotifyWhenUploaded requests: done when every file written before the request is in S3. */
  notifications?: UploadNotification[];
}

export interface UploadNotification {
  NotificationId: string;
  waitingFor: string[];
  requestedAt: number;
  completedAt?: number;
}

/** The storagegateway service's part of the world: plain data, times in simulated epoch ms. */
export interface StorageGatewayState {
  version: 1;
  gateways: Record<string, StoredGateway>;
  fileShares: Record<string, StoredNfsFileShare>;
  /** This month's data written to AWS: the account's GB and each gateway's dollars (free tier, cap). */
  written?: { month: string; accountGb: number; gatewayUsd: Record<string, number> };
}

/** The service's state, created on first use (labs saved before the service existed lack it). */
export function storageGatewayState(world: World): StorageGatewayState {
  const state = (world.storagegateway ??= { version: 1, gateways: {}, fileShares: {} });
  state.gateways ??= {};
  state.fileShares ??= {};
  return state;
}
