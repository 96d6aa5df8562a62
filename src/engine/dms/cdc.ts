import type { OperationContext } from '../core/operations';
import {
  changesAfter,
  firstRetainedLsn,
  shopDbState,
  type ShopChange,
  type ShopTableName,
} from '../sources/shopdb';
import { columnsFor, failTask, putAsRole } from './runtime';
import {
  approximateBytes,
  cdcKey,
  datePartition,
  dmsTimestamp,
  outputColumns,
  renderFile,
  type OutputRecord,
} from './s3Output';
import type { DmsS3Settings, StoredReplicationTask, StoredTableRun } from './state';

export const CDC_POLL_EVENT = 'dms:cdcPoll';

/** How often a running CDC task looks at the binlog: every CdcMaxBatchInterval, at least once a minute. */
export function cdcPollMs(settings: DmsS3Settings): number {
  return Math.min(settings.CdcMaxBatchInterval, 60) * 1000;
}

export function scheduleCdcPoll(
  ctx: OperationContext,
  task: StoredReplicationTask,
  settings: DmsS3Settings,
): void {
  ctx.clock.schedule(
    ctx.now + cdcPollMs(settings),
    CDC_POLL_EVENT,
    { arn: task.ReplicationTaskArn, runId: task.runId },
    // CDC runs until stopped: "run until idle" must not wait for it.
    { background: true },
  );
}

// DMS: CdcInsertsOnly writes only inserts, CdcInsertsAndUpdates inserts and updates (S3Settings).
function isWritten(settings: DmsS3Settings, op: ShopChange['op']): boolean {
  if (settings.CdcInsertsOnly) return op === 'I';
  if (settings.CdcInsertsAndUpdates) return op !== 'D';
  return true;
}

/** The changes CDC applies for a table: committed after its full load read it. */
function relevant(
  task: StoredReplicationTask,
  changes: ShopChange[],
): Map<StoredTableRun, ShopChange[]> {
  const byTable = new Map<StoredTableRun, ShopChange[]>();
  for (const change of changes) {
    const table = task.tables.find((t) => t.TableName === change.table);
    if (!table || table.cdcAfterLsn === undefined || change.lsn <= table.cdcAfterLsn) continue;
    const list = byTable.get(table) ?? [];
    list.push(change);
    byTable.set(table, list);
  }
  return byTable;
}

function count(table: StoredTableRun, change: ShopChange, now: number): void {
  if (change.op === 'I') table.Inserts++;
  else if (change.op === 'U') table.Updates++;
  else table.Deletes++;
  table.LastUpdateTime = now;
}

/** Writes one table's batch: one file per date partition. Returns a failure message, or undefined. */
async function writeBatch(
  ctx: OperationContext,
  task: StoredReplicationTask,
  settings: DmsS3Settings,
  table: StoredTableRun,
  changes: ShopChange[],
): Promise<string | undefined> {
  // DMS: CDC rows start with Op, I insert, U update (after image), D delete (before image);
  // with CdcInsertsOnly or CdcInsertsAndUpdates, Op is there only when IncludeOpForFullLoad is.
  const withOp =
    settings.CdcInsertsOnly || settings.CdcInsertsAndUpdates ? settings.IncludeOpForFullLoad : true;
  const columns = outputColumns(
    settings,
    columnsFor(task, table.TableName as ShopTableName),
    withOp,
  );
  const byPartition = new Map<string, OutputRecord[]>();
  for (const change of changes) {
    if (!isWritten(settings, change.op)) continue;
    const partition = datePartition(settings, change.at);
    const row = change.op === 'D' ? change.before : change.after;
    const records = byPartition.get(partition) ?? [];
    records.push({ op: change.op, timestamp: dmsTimestamp(change.at), row: row ?? {} });
    byPartition.set(partition, records);
  }
  for (const [partition, records] of byPartition) {
    const body = renderFile(settings, columns, records);
    const key = cdcKey(settings, table.targetSchema, table.targetTable, ctx.now, partition);
    const failure = await putAsRole(ctx, settings, key, body);
    if (failure) return failure;
    table.filesWritten++;
    task.objectsWritten++;
    task.bytesWritten += body.byteLength;
  }
  for (const change of changes) count(table, change, ctx.now);
  return undefined;
}

function batchBytes(changes: readonly ShopChange[]): number {
  return changes.reduce((sum, c) => sum + approximateBytes(c.after ?? c.before ?? {}), 0);
}

/**
 * One CDC poll: read the binlog after the checkpoint; write when CdcMaxBatchInterval has passed
 * since the last write or the batch reaches CdcMinFileSize, whichever comes first (S3Settings).
 */
export async function pollCdc(
  ctx: OperationContext,
  task: StoredReplicationTask,
  settings: DmsS3Settings,
): Promise<void> {
  const db = shopDbState(ctx.world);
  const checkpoint = task.checkpointLsn ?? db.nextLsn - 1;
  if (firstRetainedLsn(db) > checkpoint + 1) {
    failTask(
      task,
      ctx.now,
      `Error reading binary log: the log position ${checkpoint + 1} was purged (binlog retention 24 hours); reload the target.`,
    );
    return;
  }
  const changes = changesAfter(db, checkpoint);
  const cdc = (task.cdc ??= { lastFlushAt: ctx.now });
  const due = ctx.now - cdc.lastFlushAt >= settings.CdcMaxBatchInterval * 1000;
  // The batch is weighed only when the interval has not passed (then its size alone decides).
  if (!due && batchBytes(changes) < settings.CdcMinFileSize * 1024)
    return scheduleCdcPoll(ctx, task, settings);
  for (const [table, tableChanges] of relevant(task, changes)) {
    const failure = await writeBatch(ctx, task, settings, table, tableChanges);
    if (failure) return failTask(task, ctx.now, failure);
  }
  task.checkpointLsn = changes.at(-1)?.lsn ?? checkpoint;
  cdc.lastFlushAt = ctx.now;
  scheduleCdcPoll(ctx, task, settings);
}
