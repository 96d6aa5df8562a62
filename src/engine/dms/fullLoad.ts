import type { OperationContext } from '../core/operations';
import { readShopTable, shopDbState, type ShopRow, type ShopTableName } from '../sources/shopdb';
import { columnsFor, putAsRole } from './runtime';
import {
  approximateBytes,
  dmsTimestamp,
  fullLoadKey,
  outputColumns,
  renderFile,
  type OutputRecord,
} from './s3Output';
import type { DmsS3Settings, StoredReplicationTask, StoredTableRun } from './state';

/** How long loading a table takes: a fixed start plus a rate of rows per second. */
export const TABLE_LOAD_BASE_MS = 10_000;
export const TABLE_LOAD_ROWS_PER_SECOND = 500;

export function tableLoadMs(rows: number): number {
  return TABLE_LOAD_BASE_MS + Math.ceil((rows / TABLE_LOAD_ROWS_PER_SECOND) * 1000);
}

/** Splits rows into files no bigger than MaxFileSize (kilobytes), at least one row each. */
function chunks(rows: ShopRow[], maxKb: number): ShopRow[][] {
  const limit = maxKb * 1024;
  const out: ShopRow[][] = [];
  let current: ShopRow[] = [];
  let size = 0;
  for (const row of rows) {
    const bytes = approximateBytes(row);
    if (current.length > 0 && size + bytes > limit) {
      out.push(current);
      current = [];
      size = 0;
    }
    current.push(row);
    size += bytes;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/**
 * Reads a table as it is now and writes its LOAD files. Returns a failure message, or undefined.
 * CDC for the table then applies only changes committed after this read.
 */
export async function loadTable(
  ctx: OperationContext,
  task: StoredReplicationTask,
  settings: DmsS3Settings,
  table: StoredTableRun,
): Promise<string | undefined> {
  const name = table.TableName as ShopTableName;
  const rows = readShopTable(ctx.world, table.SchemaName, name);
  table.cdcAfterLsn = shopDbState(ctx.world).nextLsn - 1;
  // DMS: full-load files carry Op (always I) only with IncludeOpForFullLoad (S3Settings.IncludeOpForFullLoad).
  const columns = outputColumns(settings, columnsFor(task, name), settings.IncludeOpForFullLoad);
  const timestamp = dmsTimestamp(ctx.now);
  // DMS: a folder is created only for a source table that has rows (CHAP_Target.S3.html).
  const files = rows.length === 0 ? [] : chunks(rows, settings.MaxFileSize);
  for (const [i, fileRows] of files.entries()) {
    const records: OutputRecord[] = fileRows.map((row) => ({ op: 'I', timestamp, row }));
    const body = renderFile(settings, columns, records);
    const key = fullLoadKey(settings, table.targetSchema, table.targetTable, i + 1);
    const failure = await putAsRole(ctx, settings, key, body);
    if (failure) return failure;
    table.filesWritten++;
    task.objectsWritten++;
    task.bytesWritten += body.byteLength;
  }
  table.FullLoadRows = rows.length;
  table.TableState = 'Table completed';
  table.FullLoadEndTime = ctx.now;
  table.LastUpdateTime = ctx.now;
  return undefined;
}
