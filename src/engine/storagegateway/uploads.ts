import { isAwsError } from '../core/errors';
import type { EngineHooks, OperationContext } from '../core/operations';
import {
  gatewayMounts,
  listShareFiles,
  nextShareWriteAt,
  readShareFile,
  shareWritesBetween,
  type GatewayShareMount,
} from '../sources/fileshare';
import { chargeWritten } from './pricing';
import { NFS_NOBODY } from './shareRules';
import { storageGatewayState, type DirtyFile, type StoredNfsFileShare } from './state';

export const WRITE_EVENT = 'storagegateway:nfs-write';
export const UPLOAD_EVENT = 'storagegateway:upload';
export const RETRY_EVENT = 'storagegateway:retry';
/**
 * S3 File Gateway writes files to its local cache and uploads them to S3 asynchronously; AWS
 * documents no fixed delay, so LakeLab waits 2 simulated minutes after a write (its choice).
 */
export const WRITE_BACK_DELAY_MS = 2 * 60_000;
/** A refused upload stays in the cache and is retried (LakeLab: hourly). */
export const RETRY_AFTER_MS = 60 * 60_000;
/** The NAS's nightly export runs as root (uid 0, gid 0) and creates files with mode 0644. */
const WRITER_UID = 0;
const FILE_MODE = '100644';

const STORAGE_CLASS: Record<string, string | undefined> = {
  S3_STANDARD: undefined,
  S3_INTELLIGENT_TIERING: 'INTELLIGENT_TIERING',
  S3_STANDARD_IA: 'STANDARD_IA',
  S3_ONEZONE_IA: 'ONEZONE_IA',
};
const MIME: Record<string, string> = {
  csv: 'text/csv',
  json: 'application/json',
  txt: 'text/plain',
  parquet: 'application/octet-stream',
};

/** Squash (API_CreateNFSFileShare): RootSquash maps only root, AllSquash everyone, to the anonymous user. */
function ownerOf(share: StoredNfsFileShare, uid: number): number {
  if (share.Squash === 'AllSquash' || (share.Squash === 'RootSquash' && uid === 0))
    return NFS_NOBODY;
  return uid;
}

/** The NFS client wrote (or rewrote) a file: it waits in the cache for write-back. */
function writeFile(
  ctx: OperationContext,
  share: StoredNfsFileShare,
  mount: GatewayShareMount,
  path: string,
) {
  share.counters.filesWritten++;
  const waiting = share.dirty.find((d) => d.path === path);
  if (waiting && !waiting.failed) {
    waiting.writtenAt = ctx.now;
    return;
  }
  if (waiting) share.dirty.splice(share.dirty.indexOf(waiting), 1);
  const owner = ownerOf(share, WRITER_UID);
  share.dirty.push({
    path,
    host: mount.ServerHostname,
    exportPath: mount.exportPath,
    writtenAt: ctx.now,
    owner,
    group: owner,
    mode: FILE_MODE,
  });
  ctx.clock.schedule(ctx.now + WRITE_BACK_DELAY_MS, UPLOAD_EVENT, {
    FileShareARN: share.FileShareARN,
    path,
  });
}

interface WriteEventData {
  FileShareARN: string;
  ServerHostname: string;
  exportPath: string;
}

const writeEventData = (m: GatewayShareMount): WriteEventData => ({
  FileShareARN: m.FileShareARN,
  ServerHostname: m.ServerHostname,
  exportPath: m.exportPath,
});

const sameMount = (m: GatewayShareMount, d: WriteEventData) =>
  m.FileShareARN === d.FileShareARN &&
  m.ServerHostname === d.ServerHostname &&
  m.exportPath === d.exportPath;

/** Stops following an export's writes (unmounted, or mounted again). */
export function cancelMountWrites(ctx: OperationContext, mount: GatewayShareMount): void {
  ctx.clock.cancel((e) => e.kind === WRITE_EVENT && sameMount(mount, e.data as WriteEventData));
}

function scheduleNextWrite(ctx: OperationContext, mount: GatewayShareMount): void {
  const at = nextShareWriteAt(
    ctx.world,
    mount.ServerHostname,
    mount.exportPath,
    mount.writtenThrough,
  );
  if (at === undefined) return;
  // The nightly export recurs forever: housekeeping that "run until idle" does not wait for.
  ctx.clock.schedule(at, WRITE_EVENT, writeEventData(mount), { background: true });
}

/** A new mount: optionally copy what the export holds now, then follow the export's writes. */
export function startMountWrites(
  ctx: OperationContext,
  mount: GatewayShareMount,
  copyExisting: boolean,
): number {
  const share = storageGatewayState(ctx.world).fileShares[mount.FileShareARN];
  let copied = 0;
  if (share && copyExisting)
    for (const file of listShareFiles(ctx.world, mount.ServerHostname, mount.exportPath)) {
      writeFile(ctx, share, mount, file.name);
      copied++;
    }
  cancelMountWrites(ctx, mount);
  scheduleNextWrite(ctx, mount);
  return copied;
}

function onWrite(ctx: OperationContext, data: WriteEventData): void {
  const mounts = gatewayMounts(ctx.world);
  const mount = mounts.find((m) => sameMount(m, data));
  if (!mount) return;
  const share = storageGatewayState(ctx.world).fileShares[data.FileShareARN];
  if (!share || share.FileShareStatus === 'DELETING') {
    // The file share is gone: the stale mount is dropped and the export writes locally again.
    mounts.splice(mounts.indexOf(mount), 1);
    return;
  }
  const writes = shareWritesBetween(
    ctx.world,
    mount.ServerHostname,
    mount.exportPath,
    mount.writtenThrough,
    ctx.now,
  );
  for (const write of writes) writeFile(ctx, share, mount, write.name);
  mount.writtenThrough = ctx.now;
  scheduleNextWrite(ctx, mount);
}

function putInput(share: StoredNfsFileShare, file: DirtyFile, body: Uint8Array) {
  const ext = file.path.slice(file.path.lastIndexOf('.') + 1).toLowerCase();
  const storageClass = STORAGE_CLASS[share.DefaultStorageClass];
  return {
    Bucket: share.bucket,
    Key: `${share.prefix}${file.path}`,
    Body: body,
    ContentType: (share.GuessMIMETypeEnabled && MIME[ext]) || 'application/octet-stream',
    ...(storageClass ? { StorageClass: storageClass } : {}),
    // File metadata as user metadata (AWS documents "ownership, permissions, and timestamps" in
    // the object's user metadata; key names as observed on real gateways, a secondary source).
    Metadata: {
      'user-agent': 'aws-storage-gateway',
      'file-owner': String(file.owner),
      'file-group': String(file.group),
      'file-permissions': file.mode,
    },
  };
}

function settle(ctx: OperationContext, share: StoredNfsFileShare): void {
  const waiting = new Set(share.dirty.map((d) => d.path));
  for (const n of share.notifications ?? [])
    if (n.completedAt === undefined && n.waitingFor.every((p) => !waiting.has(p)))
      n.completedAt = ctx.now;
  if (share.FileShareStatus === 'DELETING' && share.dirty.length === 0)
    Reflect.deleteProperty(storageGatewayState(ctx.world).fileShares, share.FileShareARN);
}

function scheduleRetry(ctx: OperationContext, share: StoredNfsFileShare): void {
  const arn = share.FileShareARN;
  const pending = ctx.clock
    .pending()
    .some(
      (e) => e.kind === RETRY_EVENT && (e.data as { FileShareARN: string }).FileShareARN === arn,
    );
  if (!pending)
    ctx.clock.schedule(
      ctx.now + RETRY_AFTER_MS,
      RETRY_EVENT,
      { FileShareARN: arn },
      { background: true },
    );
}

/** Uploads one cached file as the file share's role; S3's refusal keeps it in the cache. */
async function upload(ctx: OperationContext, share: StoredNfsFileShare, file: DirtyFile) {
  const body = readShareFile(ctx.world, file.host, file.exportPath, file.path);
  const input = body && putInput(share, file, body);
  try {
    if (input) await ctx.call('s3', 'PutObject', input, { principal: share.Role });
  } catch (error) {
    if (!isAwsError(error)) throw error;
    file.failed = true;
    share.counters.uploadFailures++;
    share.lastError = {
      at: ctx.now,
      code: error.name,
      message: `Could not upload ${file.path} to s3://${share.bucket}/${share.prefix}${file.path} as ${share.Role}: ${error.message}`,
      key: `${share.prefix}${file.path}`,
    };
    scheduleRetry(ctx, share);
    return false;
  }
  share.dirty.splice(share.dirty.indexOf(file), 1);
  if (body) {
    share.counters.filesUploaded++;
    share.counters.bytesUploaded += body.byteLength;
    chargeWritten(ctx, share.GatewayARN, body.byteLength);
  }
  if (!share.dirty.some((d) => d.failed)) delete share.lastError;
  settle(ctx, share);
  return true;
}

async function retry(ctx: OperationContext, share: StoredNfsFileShare): Promise<void> {
  for (const file of share.dirty.filter((d) => d.failed)) {
    // One refusal ends the round: the next file would meet the same policy.
    if (!(await upload(ctx, share, file))) return;
  }
}

/** Stops the uploads a deleted file share still owed. */
export function cancelUploads(ctx: OperationContext, FileShareARN: string): void {
  ctx.clock.cancel(
    (e) =>
      (e.kind === UPLOAD_EVENT || e.kind === RETRY_EVENT) &&
      (e.data as { FileShareARN: string }).FileShareARN === FileShareARN,
  );
}

export function notifyWhenUploaded(ctx: OperationContext, share: StoredNfsFileShare): string {
  const NotificationId = `${ctx.nextId('storagegateway:notification')}`.padStart(8, '0');
  (share.notifications ??= []).push({
    NotificationId,
    waitingFor: share.dirty.map((d) => d.path),
    requestedAt: ctx.now,
  });
  settle(ctx, share);
  return NotificationId;
}

/** Registers the export's writes, the write-back uploads and their retries on the clock. */
export function installUploads(hooks: EngineHooks): void {
  const contextFor = () => hooks.contextFor('', 'storagegateway', 'Upload');
  const shareOf = (ctx: OperationContext, data: unknown) =>
    storageGatewayState(ctx.world).fileShares[(data as { FileShareARN: string }).FileShareARN];
  hooks.clock.on(WRITE_EVENT, (event) => {
    onWrite(contextFor(), event.data as WriteEventData);
  });
  hooks.clock.on(UPLOAD_EVENT, async (event) => {
    const ctx = contextFor();
    const share = shareOf(ctx, event.data);
    const path = (event.data as { path: string }).path;
    const file = share?.dirty.find((d) => d.path === path && !d.failed);
    if (share && file) await upload(ctx, share, file);
  });
  hooks.clock.on(RETRY_EVENT, async (event) => {
    const ctx = contextFor();
    const share = shareOf(ctx, event.data);
    if (share) await retry(ctx, share);
  });
}
