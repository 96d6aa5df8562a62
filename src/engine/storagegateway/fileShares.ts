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
import {
  hexId,
  invalidGatewayRequest,
  pageBounds,
  required,
  sgwArn,
  sgwOperation,
} from './common';
import { gatewayOf } from './gateways';
import {
  checkFileShareName,
  checkRole,
  clientListOf,
  defaultsOf,
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
    EncryptionType: 'SseS3',
    KMSEncrypted: false,
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

export const UpdateNFSFileShare = sgwOperation<UpdateNFSFileShareInput>({
  run(input, ctx) {
    const share = fileShareOf(ctx, input.FileShareARN);
    if (input.FileShareName !== undefined) checkFileShareName(input.FileShareName, '');
    share.DefaultStorageClass = oneOf(
      input.DefaultStorageClass,
      STORAGE_CLASSES,
      'DefaultStorageClass',
      share.DefaultStorageClass as (typeof STORAGE_CLASSES)[number],
    );
    share.ObjectACL = oneOf(
      input.ObjectACL,
      OBJECT_ACLS,
      'ObjectACL',
      share.ObjectACL as 'private',
    );
    share.Squash = oneOf(input.Squash, SQUASH, 'Squash', share.Squash);
    if (input.ClientList !== undefined) share.ClientList = clientListOf(input.ClientList);
    if (input.NFSFileShareDefaults)
      share.NFSFileShareDefaults = defaultsOf(input.NFSFileShareDefaults);
    if (input.ReadOnly !== undefined) share.ReadOnly = input.ReadOnly;
    if (input.GuessMIMETypeEnabled !== undefined)
      share.GuessMIMETypeEnabled = input.GuessMIMETypeEnabled;
    // UpdateNFSFileShare takes RequesterPays too; a field left null stays as it was (API_UpdateNFSFileShare).
    if (input.RequesterPays !== undefined) share.RequesterPays = input.RequesterPays;
    if (input.FileShareName !== undefined) share.FileShareName = input.FileShareName;
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
