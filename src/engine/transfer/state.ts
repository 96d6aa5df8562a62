import type { HomeDirectoryMapEntry, State as ServerState, Tag } from '@aws-sdk/client-transfer';
import type { World } from '../world';

export interface StoredServer {
  ServerId: string;
  Arn: string;
  Protocols: string[];
  Domain: 'S3';
  IdentityProviderType: 'SERVICE_MANAGED';
  EndpointType: 'PUBLIC';
  State: ServerState;
  CreatedAt: number;
  /** When the server last came ONLINE (uploads before it, while OFFLINE, fail). */
  onlineSince?: number;
  users: Record<string, StoredUser>;
  /** Absent in labs saved before tags and security policies were kept. */
  Tags?: Tag[];
  SecurityPolicyName?: string;
  bytesUploaded: number;
  filesUploaded: number;
}

export interface StoredUser {
  UserName: string;
  Arn: string;
  Role: string;
  HomeDirectoryType: 'PATH' | 'LOGICAL';
  HomeDirectory?: string;
  HomeDirectoryMappings?: HomeDirectoryMapEntry[];
  SshPublicKeys?: StoredSshPublicKey[];
  Tags?: Tag[];
  /** A session policy (JSON text) that scopes the role down for this user. */
  Policy?: string;
}

export interface StoredSshPublicKey {
  SshPublicKeyId: string;
  SshPublicKeyBody: string;
  DateImported: number;
}

/** The transfer service's part of the world: plain data, times in simulated epoch milliseconds. */
export interface TransferState {
  version: 1;
  servers: Record<string, StoredServer>;
}

export function initialTransferState(): TransferState {
  return { version: 1, servers: {} };
}

/** The service's state, created on first use (labs saved before the service existed lack it). */
export function transferState(world: World): TransferState {
  const state = (world.transfer ??= initialTransferState());
  state.servers ??= {};
  return state;
}

export interface TransferServerActivity {
  ServerId: string;
  State: ServerState;
  Protocols: string[];
  users: { UserName: string; HomeDirectory?: string }[];
  filesUploaded: number;
  bytesUploaded: number;
}

/** Transfer Family servers with their users and upload counters, for the lake canvas (reads only). */
export function transferActivity(world: World): TransferServerActivity[] {
  return Object.values(world.transfer?.servers ?? {}).map((server) => ({
    ServerId: server.ServerId,
    State: server.State,
    Protocols: server.Protocols,
    users: Object.values(server.users).map((u) => ({
      UserName: u.UserName,
      ...(u.HomeDirectory !== undefined ? { HomeDirectory: u.HomeDirectory } : {}),
    })),
    filesUploaded: server.filesUploaded,
    bytesUploaded: server.bytesUploaded,
  }));
}
