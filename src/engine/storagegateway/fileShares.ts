import type {
  CreateNFSFileShareInput,
  DeleteFileShareInput,
  DescribeNFSFileSharesInput,
  ListFileSharesInput,
  NotifyWhenUploadedInput,
  RefreshCacheInput,
  UpdateNFSFileShareInput,
} from '@aws-sdk/client-storage-gateway';
import type { OperationContext } from '../core/operations';
import { hexId, invalidGatewayRequest, pageBounds, required, sgwArn, sgwOperation } from './common';
import { gatewayOf } from './gateways';
import {
  checkFileShareName,
  checkRole,
  clientListOf,
  defaultsOf,
  encryptionOf,
  OBJECT_ACLS,
  oneOf,
  parseLocation,
  SQUASH,
  STORAGE_CLASSES,
} from './shareRules';
import { storageGatewayState, type StoredNfsFileShare } from './state';
import { tagsOf } from './tags';
import { cancelUploads, notifyWhenUploaded } from './uploads';

export function fileShareOf(ctx: OperationContext, arn: unknown): StoredNfsFileShare {
  const FileShareARN = required(arn, 'FileShareARN', 50, 500);
  const share = storageGatewayState(ctx.world).fileShares[FileShareARN];
  if (!share)
    throw invalidGatewayRequest('The specified file share was not found.', 'InvalidParameters', {
      FileShareARN,
    });
  return share;
}

function buildShare(input: CreateNFSFileShareInput, ctx: OperationContext): StoredNfsFileShare {
  const gateway = gatewayOf(ctx, input.GatewayARN);
  const LocationARN = required(input.LocationARN, 'LocationARN', 16, 1400);
  const Role = required(input.Role, 'Role', 20, 2048);
  const { bucket, prefix } = parseLocation(ctx.world, LocationARN);
  checkFileShareName(input.FileShareName, prefix);
  checkRole(ctx.world, Role);
  const FileShareName = input.FileShareName ?? bucket;
  const Path = `/${FileShareName}`;
  const taken = Object.values(storageGatewayState(ctx.world).fileShares).some(
    (s) => s.GatewayARN === gateway.GatewayARN && s.Path === Path,
  );
  if (taken)
    throw invalidGatewayRequest(
      `The gateway already has a file share at ${Path}: choose another FileShareName.`,
      'InvalidParameters',
      { FileShareName },
    );
  const encryption = encryptionOf(input);
  const FileShareId = hexId(ctx, 'share');
  return {
    FileShareARN: sgwArn(ctx, `share/${FileShareId}`),
    FileShareId,
    FileShareName,
    // LakeLab: the share is usable at once (AWS shows CREATING for a few seconds).
    FileShareStatus: 'AVAILABLE',
    GatewayARN: gateway.GatewayARN,
    LocationARN,
    bucket,
    prefix,
    Role,
    ClientToken: required(input.ClientToken, 'ClientToken', 5, 100),
    DefaultStorageClass: oneOf(
      input.DefaultStorageClass,
      STORAGE_CLASSES,
      'DefaultStorageClass',
      'S3_STANDARD',
    ),
    ObjectACL: oneOf(input.ObjectACL, OBJECT_ACLS, 'ObjectACL', 'private'),
    ClientList: clientListOf(input.ClientList),
    Squash: oneOf(input.Squash, SQUASH, 'Squash', 'RootSquash'),
    ReadOnly: input.ReadOnly ?? false,
    GuessMIMETypeEnabled: input.GuessMIMETypeEnabled ?? true,
    RequesterPays: input.RequesterPays ?? false,
    NFSFileShareDefaults: defaultsOf(input.NFSFileShareDefaults),
    Path,
    CreatedAt: ctx.now,
    counters: { filesWritten: 0, filesUploaded: 0, bytesUploaded: 0, uploadFailures: 0 },
    dirty: [],
    ...(encryption.EncryptionType !== 'SseS3' ? { encryption } : {}),
    ...(input.Tags?.length ? { Tags: tagsOf(input.Tags) } : {}),
  };
}

export const CreateNFSFileShare = sgwOperation<CreateNFSFileShareInput>({
  // The file share acts as Role, so the caller needs iam:PassRole on it.
  authorize: (input) => [
    { action: 'storagegateway:CreateNFSFileShare', resource: input.GatewayARN ?? '*' },
    ...(input.Role ? [{ action: 'iam:PassRole', resource: input.Role }] : []),
  ],
  run(input, ctx) {
    const token = required(input.ClientToken, 'ClientToken', 5, 100);
    const state = storageGatewayState(ctx.world);
    // ClientToken makes creation idempotent: a retry with the same token gets the same share.
    const again = Object.values(state.fileShares).find(
      (s) => s.ClientToken === token && s.GatewayARN === input.GatewayARN,
    );
    if (again && (again.LocationARN !== input.LocationARN || again.Role !== input.Role))
      throw invalidGatewayRequest(
        `ClientToken ${token} was already used to create ${again.FileShareARN} with another LocationARN or Role: use a new token.`,
      );
    if (again) return { FileShareARN: again.FileShareARN };
    const share = buildShare(input, ctx);
    state.fileShares[share.FileShareARN] = share;
    return { FileShareARN: share.FileShareARN };
  },
});

export function nfsFileShareInfo(s: StoredNfsFileShare) {
  return {
    NFSFileShareDefaults: s.NFSFileShareDefaults,
    FileShareARN: s.FileShareARN,
    FileShareId: s.FileShareId,
    FileShareStatus: s.FileShareStatus,
    GatewayARN: s.GatewayARN,
    EncryptionType: s.encryption?.EncryptionType ?? 'SseS3',
    KMSEncrypted: (s.encryption?.EncryptionType ?? 'SseS3') !== 'SseS3',
    ...(s.encryption?.KMSKey ? { KMSKey: s.encryption.KMSKey } : {}),
    Path: s.Path,
    Role: s.Role,
    LocationARN: s.LocationARN,
    DefaultStorageClass: s.DefaultStorageClass,
    ObjectACL: s.ObjectACL,
    ClientList: s.ClientList,
    Squash: s.Squash,
    ReadOnly: s.ReadOnly,
    GuessMIMETypeEnabled: s.GuessMIMETypeEnabled,
    RequesterPays: s.RequesterPays,
    FileShareName: s.FileShareName,
    Tags: (s.Tags ?? []).map((t) => ({ ...t })),
  };
}

export const DescribeNFSFileShares = sgwOperation<DescribeNFSFileSharesInput>({
  readOnly: true,
  run(input, ctx) {
    const arns = input.FileShareARNList ?? [];
    // FileShareARNList: 1 to 10 ARNs (API_DescribeNFSFileShares).
    if (arns.length < 1 || arns.length > 10)
      throw invalidGatewayRequest('FileShareARNList must hold 1 to 10 file share ARNs.');
    return { NFSFileShareInfoList: arns.map((arn) => nfsFileShareInfo(fileShareOf(ctx, arn))) };
  },
});

export const ListFileShares = sgwOperation<ListFileSharesInput>({
  readOnly: true,
  run(input, ctx) {
    if (input.GatewayARN !== undefined) gatewayOf(ctx, input.GatewayARN);
    const all = Object.values(storageGatewayState(ctx.world).fileShares).filter(
      (s) => input.GatewayARN === undefined || s.GatewayARN === input.GatewayARN,
    );
    const { start, end } = pageBounds(input.Limit, input.Marker);
    const page = all.slice(start, end);
    // The response echoes the request's Marker; NextMarker is present while shares remain (API_ListFileShares).
    return {
      ...(input.Marker !== undefined ? { Marker: input.Marker } : {}),
      ...(end < all.length ? { NextMarker: String(end) } : {}),
      FileShareInfoList: page.map((s) => ({
        FileShareType: 'NFS',
        FileShareARN: s.FileShareARN,
        FileShareId: s.FileShareId,
        FileShareStatus: s.FileShareStatus,
        GatewayARN: s.GatewayARN,
      })),
    };
  },
});

// UpdateNFSFileShare: fields left out (null) stay as they were; RequesterPays and the encryption
// settings are updatable too (API_UpdateNFSFileShare). Every field is checked before any changes,
// so a refused update leaves the share as it was.
export const UpdateNFSFileShare = sgwOperation<UpdateNFSFileShareInput>({
  run(input, ctx) {
    const share = fileShareOf(ctx, input.FileShareARN);
    if (input.FileShareName !== undefined) checkFileShareName(input.FileShareName, '');
    const encryption = encryptionOf(input, share.encryption);
    const changes: Partial<StoredNfsFileShare> = {
      DefaultStorageClass: oneOf(
        input.DefaultStorageClass,
        STORAGE_CLASSES,
        'DefaultStorageClass',
        share.DefaultStorageClass as (typeof STORAGE_CLASSES)[number],
      ),
      ObjectACL: oneOf(input.ObjectACL, OBJECT_ACLS, 'ObjectACL', share.ObjectACL as 'private'),
      Squash: oneOf(input.Squash, SQUASH, 'Squash', share.Squash),
      ClientList: input.ClientList ? clientListOf(input.ClientList) : share.ClientList,
      NFSFileShareDefaults: input.NFSFileShareDefaults
        ? defaultsOf(input.NFSFileShareDefaults)
        : share.NFSFileShareDefaults,
      ReadOnly: input.ReadOnly ?? share.ReadOnly,
      GuessMIMETypeEnabled: input.GuessMIMETypeEnabled ?? share.GuessMIMETypeEnabled,
      RequesterPays: input.RequesterPays ?? share.RequesterPays,
      FileShareName: input.FileShareName ?? share.FileShareName,
    };
    Object.assign(share, changes);
    if (encryption.EncryptionType === 'SseS3') delete share.encryption;
    else share.encryption = encryption;
    return { FileShareARN: share.FileShareARN };
  },
});

export const DeleteFileShare = sgwOperation<DeleteFileShareInput>({
  run(input, ctx) {
    const share = fileShareOf(ctx, input.FileShareARN);
    const state = storageGatewayState(ctx.world);
    // Without ForceDelete the share stays DELETING until its written files are in S3;
    // ForceDelete aborts the uploads (API_DeleteFileShare).
    if (input.ForceDelete || share.dirty.length === 0) {
      cancelUploads(ctx, share.FileShareARN);
      Reflect.deleteProperty(state.fileShares, share.FileShareARN);
    } else share.FileShareStatus = 'DELETING';
    return { FileShareARN: share.FileShareARN };
  },
});

export const RefreshCache = sgwOperation<RefreshCacheInput>({
  run(input, ctx) {
    const share = fileShareOf(ctx, input.FileShareARN);
    // LakeLab's gateway keeps no stale listing of the bucket (objects put in S3 show on the
    // share at once), so a refresh only acknowledges with a NotificationId.
    return {
      FileShareARN: share.FileShareARN,
      NotificationId: `${ctx.nextId('storagegateway:notification')}`.padStart(8, '0'),
    };
  },
});

export const NotifyWhenUploaded = sgwOperation<NotifyWhenUploadedInput>({
  run(input, ctx) {
    const share = fileShareOf(ctx, input.FileShareARN);
    return { FileShareARN: share.FileShareARN, NotificationId: notifyWhenUploaded(ctx, share) };
  },
});
