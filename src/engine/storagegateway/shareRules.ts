import type {
  CreateNFSFileShareInput,
  NFSFileShareDefaults,
} from '@aws-sdk/client-storage-gateway';
import type { World } from '../world';
import { roleTrusts } from '../datasync/common';
import { invalidGatewayRequest } from './common';
import type { StoredNfsFileShare } from './state';

// Valid values and defaults from API_CreateNFSFileShare / API_NFSFileShareInfo.
export const STORAGE_CLASSES = [
  'S3_STANDARD',
  'S3_INTELLIGENT_TIERING',
  'S3_STANDARD_IA',
  'S3_ONEZONE_IA',
] as const;
export const OBJECT_ACLS = [
  'private',
  'public-read',
  'public-read-write',
  'authenticated-read',
  'bucket-owner-read',
  'bucket-owner-full-control',
  'aws-exec-read',
] as const;
export const SQUASH = ['RootSquash', 'NoSquash', 'AllSquash'] as const;
/** NFSFileShareDefaults: FileMode 0666, DirectoryMode 0777, owner and group nfsnobody (65534). */
export const NFS_NOBODY = 65534;
const FILE_SHARE_NAME = /^[a-zA-Z0-9\-._]{1,255}$/;
const IPV4_OR_CIDR =
  /^(([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])\.){3}([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])(\/([0-9]|[1-2][0-9]|3[0-2]))?$/;
const MODE = /^[0-7]{4}$/;

export function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  field: string,
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value))
    throw invalidGatewayRequest(
      `${field} ${value} is not valid: use one of ${allowed.join(', ')}.`,
      'InvalidParameters',
      { [field]: value },
    );
  return value as T;
}

/**
 * LocationARN: a bucket ARN with an optional prefix, and "the prefix must end with a forward
 * slash (/)" (API_CreateNFSFileShare); FileShareName must be set when a prefix is.
 */
export function parseLocation(world: World, arn: string): { bucket: string; prefix: string } {
  const match = /^arn:aws[\w-]*:s3:::([^/]+)(?:\/(.*))?$/.exec(arn);
  if (!match)
    throw invalidGatewayRequest(
      `LocationARN ${arn} is not a bucket ARN (arn:aws:s3:::bucket-name, or with a prefix: arn:aws:s3:::bucket-name/prefix/).`,
      'InvalidParameters',
      { LocationARN: arn },
    );
  const bucket = match[1]!;
  const prefix = match[2] ?? '';
  if (prefix !== '' && !prefix.endsWith('/'))
    throw invalidGatewayRequest(
      `The prefix in LocationARN must end with a forward slash (/): ${bucket}/${prefix}/`,
      'InvalidParameters',
      { LocationARN: arn },
    );
  if (!world.s3.buckets[bucket])
    throw invalidGatewayRequest(`The S3 bucket ${bucket} does not exist.`, 'InvalidParameters', {
      LocationARN: arn,
    });
  return { bucket, prefix };
}

export function checkFileShareName(name: string | undefined, prefix: string): void {
  if (name === undefined) {
    if (prefix !== '')
      throw invalidGatewayRequest(
        'FileShareName must be set when LocationARN has a prefix.',
        'InvalidParameters',
      );
    return;
  }
  if (!FILE_SHARE_NAME.test(name))
    throw invalidGatewayRequest(
      `FileShareName ${name} is not valid: an NFS file share name uses only a-z, A-Z, 0-9, -, . and _.`,
      'InvalidParameters',
      { FileShareName: name },
    );
}

/** ClientList: 1 to 100 IPv4 addresses or CIDR blocks; the console's default lets every client in. */
export function clientListOf(list: string[] | undefined): string[] {
  if (list === undefined) return ['0.0.0.0/0'];
  if (list.length < 1 || list.length > 100)
    throw invalidGatewayRequest('ClientList must hold 1 to 100 entries.', 'InvalidParameters');
  for (const entry of list)
    if (!IPV4_OR_CIDR.test(entry))
      throw invalidGatewayRequest(
        `ClientList entry ${entry} is not an IPv4 address or CIDR block (10.0.1.0/24).`,
        'InvalidParameters',
        { ClientList: entry },
      );
  return [...list];
}

export function defaultsOf(
  input: NFSFileShareDefaults | undefined,
): StoredNfsFileShare['NFSFileShareDefaults'] {
  const FileMode = input?.FileMode ?? '0666';
  const DirectoryMode = input?.DirectoryMode ?? '0777';
  for (const [field, mode] of [
    ['FileMode', FileMode],
    ['DirectoryMode', DirectoryMode],
  ] as const)
    if (!MODE.test(mode))
      throw invalidGatewayRequest(
        `NFSFileShareDefaults.${field} ${mode} is not a Unix mode of four octal digits (0666).`,
      );
  return {
    FileMode,
    DirectoryMode,
    GroupId: input?.GroupId ?? NFS_NOBODY,
    OwnerId: input?.OwnerId ?? NFS_NOBODY,
  };
}

/** The file share acts as Role, so Role must exist and trust storagegateway.amazonaws.com. */
export function checkRole(world: World, role: string): void {
  const trust = roleTrusts(world, role, 'storagegateway.amazonaws.com');
  if (trust === 'missing')
    throw invalidGatewayRequest(`The IAM role ${role} does not exist.`, 'InvalidParameters', {
      Role: role,
    });
  if (trust === 'untrusted')
    throw invalidGatewayRequest(
      `Storage Gateway cannot assume role ${role}: its trust policy must allow storagegateway.amazonaws.com to call sts:AssumeRole.`,
      'InvalidParameters',
      { Role: role },
    );
}

/** Does an IPv4 address fall in one of the ClientList entries? */
export function clientAllowed(clientList: string[], ip: string): boolean {
  const toInt = (a: string) => a.split('.').reduce((n, part) => n * 256 + Number(part), 0);
  return clientList.some((entry) => {
    const [net = '', bits = '32'] = entry.split('/');
    const size = 2 ** (32 - Number(bits));
    return Math.floor(toInt(ip) / size) === Math.floor(toInt(net) / size);
  });
}

export type CreateInput = CreateNFSFileShareInput;

export type ShareEncryption = { EncryptionType: 'SseS3' | 'SseKms' | 'DsseKms'; KMSKey?: string };
const ENCRYPTION_TYPES = ['SseS3', 'SseKms', 'DsseKms'] as const;

/**
 * EncryptionType (SseS3 by default) or the older KMSEncrypted flag; given both, they must agree
 * (true ↔ SseKms or DsseKms); KMSKey only with a KMS encryption type (API_CreateNFSFileShare).
 */
export function encryptionOf(
  input: { EncryptionType?: string; KMSEncrypted?: boolean; KMSKey?: string },
  current: ShareEncryption = { EncryptionType: 'SseS3' },
): ShareEncryption {
  const fromFlag =
    input.KMSEncrypted === undefined ? undefined : input.KMSEncrypted ? 'SseKms' : 'SseS3';
  const type = oneOf(
    input.EncryptionType,
    ENCRYPTION_TYPES,
    'EncryptionType',
    fromFlag ?? current.EncryptionType,
  );
  if (input.KMSEncrypted !== undefined && input.KMSEncrypted !== (type !== 'SseS3'))
    throw invalidGatewayRequest(
      `KMSEncrypted ${String(input.KMSEncrypted)} does not match EncryptionType ${type}.`,
      'InvalidParameters',
      { KMSEncrypted: String(input.KMSEncrypted) },
    );
  const key = input.KMSKey ?? (type === 'SseS3' ? undefined : current.KMSKey);
  if (key !== undefined && type === 'SseS3')
    throw invalidGatewayRequest(
      'KMSKey can only be set when EncryptionType is SseKms or DsseKms (or KMSEncrypted is true).',
      'InvalidParameters',
      { KMSKey: key },
    );
  return key === undefined ? { EncryptionType: type } : { EncryptionType: type, KMSKey: key };
}
