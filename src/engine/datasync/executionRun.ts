import type { OperationContext } from '../core/operations';
import { listShareFiles, readShareFile, shareExists } from '../sources/fileshare';
import {
  asRole,
  ExecutionFailure,
  extraKeys,
  headOrMissing,
  keyOf,
  MTIME_METADATA,
} from './executionS3';
import { verify } from './executionVerify';
import { passesFilters } from './filterRules';
import {
  dataSyncState,
  type PlannedFile,
  type StoredExecution,
  type StoredLocation,
  type StoredTask,
} from './state';

export const PHASE_EVENT = 'datasync:phase';
/** Simulated phase lengths: a fixed start-up plus a little per file and per byte. */
export const LAUNCH_MS = 30_000;
const PREPARE_BASE_MS = 10_000;
const PER_FILE_SCAN_MS = 20;
const TRANSFER_BASE_MS = 5_000;
const PER_FILE_COPY_MS = 50;
const BYTES_PER_MS = 20_000; // about 20 MB/s over the agent's link
const VERIFY_BASE_MS = 5_000;
// DataSync Basic mode: $0.0125 per GB copied (AWS price list AWSDataSync, "per GB copied"; Enhanced mode
// is $0.015/GB plus $0.55 per execution). The us-east-1 Basic line is from memory of the pricing page.
export const DATASYNC_USD_PER_GB = 0.0125;

interface Places {
  task: StoredTask;
  source: StoredLocation;
  destination: StoredLocation;
}

function placesOf(ctx: OperationContext, exec: StoredExecution): Places {
  const state = dataSyncState(ctx.world);
  const task = state.tasks[exec.TaskArn];
  const source = task && state.locations[task.SourceLocationArn];
  const destination = task && state.locations[task.DestinationLocationArn];
  if (!task || !source || !destination)
    throw new ExecutionFailure('LocationNotFound', 'The task or one of its locations was deleted.');
  return { task, source, destination };
}

function sourceFiles(ctx: OperationContext, source: StoredLocation) {
  const host = source.ServerHostname ?? '';
  if (!shareExists(ctx.world, host, source.Subdirectory))
    throw new ExecutionFailure(
      'MountError',
      `mount.nfs: ${host}:${source.Subdirectory} is not exported to the agent (no such host or export on the simulated network).`,
    );
  return listShareFiles(ctx.world, host, source.Subdirectory);
}

/** PREPARING: compares source and destination and decides what to copy and delete. */
async function prepare(ctx: OperationContext, exec: StoredExecution): Promise<number> {
  const { source, destination } = placesOf(ctx, exec);
  const all = sourceFiles(ctx, source);
  // Include and exclude filters limit what DataSync scans, copies and verifies (API_FilterRule).
  const files = all.filter((f) => passesFilters(f.name, exec.Includes ?? [], exec.Excludes ?? []));
  const { TransferMode, OverwriteMode, PreserveDeletedFiles } = exec.Options;
  const toCopy: PlannedFile[] = [];
  for (const file of files) {
    const compare = TransferMode !== 'ALL' || OverwriteMode === 'NEVER';
    const existing = compare ? await headOrMissing(ctx, destination, file.name) : undefined;
    if (existing && OverwriteMode === 'NEVER') continue;
    // TransferMode CHANGED copies only what differs from the destination (configure-metadata.html).
    const unchanged =
      existing && existing.size === file.size && existing.mtime === String(file.mtime);
    if (TransferMode === 'ALL' || !unchanged)
      toCopy.push({ name: file.name, size: file.size, mtime: file.mtime });
  }
  exec.toCopy = toCopy;
  exec.toDelete =
    PreserveDeletedFiles === 'REMOVE'
      ? await extraKeys(ctx, destination, new Set(all.map((f) => f.name)))
      : [];
  exec.sourceFileCount = files.length;
  exec.EstimatedFilesToTransfer = toCopy.length;
  exec.EstimatedBytesToTransfer = toCopy.reduce((sum, f) => sum + f.size, 0);
  exec.EstimatedFilesToDelete = exec.toDelete.length;
  return (
    TRANSFER_BASE_MS +
    PER_FILE_COPY_MS * toCopy.length +
    Math.ceil(exec.EstimatedBytesToTransfer / BYTES_PER_MS)
  );
}

/** TRANSFERRING: writes each planned file as the role, then removes deleted files if asked. */
async function transfer(ctx: OperationContext, exec: StoredExecution): Promise<void> {
  const { source, destination } = placesOf(ctx, exec);
  const host = source.ServerHostname ?? '';
  const current = new Map(sourceFiles(ctx, source).map((f) => [f.name, f]));
  const copied: PlannedFile[] = [];
  for (const planned of exec.toCopy) {
    const file = current.get(planned.name);
    const body = file && readShareFile(ctx.world, host, source.Subdirectory, file.name);
    if (!file || !body) continue; // gone from the share since PREPARING
    await asRole(ctx, destination, 'PutObject', {
      Bucket: destination.bucket,
      Key: keyOf(destination, file.name),
      Body: body,
      StorageClass: destination.S3StorageClass,
      Metadata: { [MTIME_METADATA]: String(file.mtime) },
    });
    copied.push({ name: file.name, size: body.byteLength, mtime: file.mtime });
    exec.FilesTransferred += 1;
    exec.BytesTransferred += body.byteLength;
    exec.BytesWritten += body.byteLength;
  }
  exec.toCopy = copied;
  for (const key of exec.toDelete) {
    await asRole(ctx, destination, 'DeleteObject', { Bucket: destination.bucket, Key: key });
    exec.FilesDeleted += 1;
  }
}

function verifyMs(exec: StoredExecution): number {
  const files =
    exec.Options.VerifyMode === 'POINT_IN_TIME_CONSISTENT'
      ? exec.sourceFileCount
      : exec.FilesTransferred;
  return VERIFY_BASE_MS + PER_FILE_SCAN_MS * files;
}

function schedulePhaseEnd(ctx: OperationContext, exec: StoredExecution, ms: number): void {
  ctx.clock.schedule(ctx.now + ms, PHASE_EVENT, { TaskExecutionArn: exec.TaskExecutionArn });
}

function enter(
  ctx: OperationContext,
  exec: StoredExecution,
  status: StoredExecution['Status'],
  ms: number,
): void {
  exec.Status = status;
  exec.phaseStartedAt = ctx.now;
  schedulePhaseEnd(ctx, exec, ms);
}

/** Moves an execution on by one phase (the clock calls this when a phase's time is up). */
export async function advanceExecution(
  ctx: OperationContext,
  exec: StoredExecution,
): Promise<'running' | 'done'> {
  const elapsed = ctx.now - exec.phaseStartedAt;
  try {
    if (exec.Status === 'LAUNCHING') {
      const { source } = placesOf(ctx, exec);
      enter(
        ctx,
        exec,
        'PREPARING',
        PREPARE_BASE_MS + PER_FILE_SCAN_MS * sourceFiles(ctx, source).length,
      );
    } else if (exec.Status === 'PREPARING') {
      const transferMs = await prepare(ctx, exec);
      exec.Result.PrepareDuration = elapsed;
      exec.Result.PrepareStatus = 'SUCCESS';
      enter(ctx, exec, 'TRANSFERRING', transferMs);
    } else if (exec.Status === 'TRANSFERRING') {
      await transfer(ctx, exec);
      exec.Result.TransferDuration = elapsed;
      exec.Result.TransferStatus = 'SUCCESS';
      // VerifyMode NONE skips the VERIFYING step; transfers are still checksummed in flight (API_Options).
      if (exec.Options.VerifyMode === 'NONE') return succeed(ctx, exec);
      enter(ctx, exec, 'VERIFYING', verifyMs(exec));
    } else if (exec.Status === 'VERIFYING') {
      const { source, destination } = placesOf(ctx, exec);
      const now = sourceFiles(ctx, source).filter((f) =>
        passesFilters(f.name, exec.Includes ?? [], exec.Excludes ?? []),
      );
      exec.Result.VerifyDuration = elapsed;
      exec.FilesVerified = await verify(ctx, exec, destination, now);
      exec.Result.VerifyStatus = 'SUCCESS';
      return succeed(ctx, exec);
    }
    return 'running';
  } catch (error) {
    if (!(error instanceof ExecutionFailure)) throw error;
    fail(ctx, exec, error.code, error.message, elapsed);
    return 'done';
  }
}

function close(ctx: OperationContext, exec: StoredExecution): void {
  exec.EndTime = ctx.now;
  exec.Result.TotalDuration = ctx.now - exec.StartTime;
  ctx.charge({
    service: 'datasync',
    usageType: 'Transferred-Bytes',
    unit: 'GB',
    quantity: exec.BytesTransferred / 1024 ** 3,
    unitPrice: DATASYNC_USD_PER_GB,
  });
}

function succeed(ctx: OperationContext, exec: StoredExecution): 'done' {
  exec.Status = 'SUCCESS';
  close(ctx, exec);
  return 'done';
}

function fail(
  ctx: OperationContext,
  exec: StoredExecution,
  code: string,
  detail: string,
  elapsed: number,
): void {
  const phase =
    exec.Status === 'PREPARING' || exec.Status === 'LAUNCHING'
      ? 'Prepare'
      : exec.Status === 'TRANSFERRING'
        ? 'Transfer'
        : 'Verify';
  exec.Result[`${phase}Status`] = 'ERROR';
  exec.Result[`${phase}Duration`] = elapsed;
  exec.Result.ErrorCode = code;
  exec.Result.ErrorDetail = detail;
  exec.Status = 'ERROR';
  close(ctx, exec);
}
