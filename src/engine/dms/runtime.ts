import { isAwsError } from '../core/errors';
import type { OperationContext } from '../core/operations';
import { SHOP_SCHEMA, SHOP_TABLE_NAMES, SHOP_TABLES, type ShopTableName } from '../sources/shopdb';
import type { World } from '../world';
import { isSelected, parseTableMappings, targetColumns, targetNames } from './tableMappings';
import {
  dmsState,
  type DmsS3Settings,
  type StoredReplicationTask,
  type StoredTableRun,
} from './state';

export function taskIn(world: World, arn: string): StoredReplicationTask | undefined {
  return dmsState(world).tasks[arn];
}

/** The shop tables the task's selection rules pick, with their target names. */
export function selectedTables(task: StoredReplicationTask): StoredTableRun[] {
  const mapping = parseTableMappings(task.TableMappings);
  return SHOP_TABLE_NAMES.filter((t) => isSelected(mapping, SHOP_SCHEMA, t)).map((table) => {
    const target = targetNames(mapping, SHOP_SCHEMA, table);
    return {
      SchemaName: SHOP_SCHEMA,
      TableName: table,
      targetSchema: target.schema,
      targetTable: target.table,
      TableState: 'Before load',
      Inserts: 0,
      Updates: 0,
      Deletes: 0,
      FullLoadRows: 0,
      FullLoadReloaded: false,
      filesWritten: 0,
    };
  });
}

type TargetColumn = { source: string; name: string; type: string };

// CDC writes a file per changed table every minute: each TableMappings document is worked out once,
// looked up by the stored document itself (a joined key would copy the document on every write).
const columnsCache = new Map<string, Map<ShopTableName, readonly TargetColumn[]>>();
const COLUMNS_CACHE_SIZE = 64;

/** A table's columns as the target sees them (renamed, some removed by transformation rules). */
export function columnsFor(
  task: StoredReplicationTask,
  table: ShopTableName,
): readonly TargetColumn[] {
  let byTable = columnsCache.get(task.TableMappings);
  if (!byTable) {
    if (columnsCache.size >= COLUMNS_CACHE_SIZE) columnsCache.clear();
    columnsCache.set(task.TableMappings, (byTable = new Map()));
  }
  let columns = byTable.get(table);
  if (!columns) byTable.set(table, (columns = mappedColumns(task, table)));
  return columns;
}

function mappedColumns(task: StoredReplicationTask, table: ShopTableName): TargetColumn[] {
  const mapping = parseTableMappings(task.TableMappings);
  const columns = SHOP_TABLES[table].columns;
  const names = targetColumns(
    mapping,
    SHOP_SCHEMA,
    table,
    columns.map((c) => c.name),
  );
  return columns.flatMap((c, i) => {
    const name = names[i];
    return name ? [{ source: c.name, name, type: c.type }] : [];
  });
}

/** Ends a run with a fatal error, as DescribeReplicationTasks reports it. */
export function failTask(task: StoredReplicationTask, now: number, detail: string): void {
  task.Status = 'failed';
  task.runId++;
  task.stoppedAt = now;
  task.StopReason = 'Stop Reason FATAL_ERROR';
  task.LastFailureMessage = `Last Error ${detail} Stop Reason FATAL_ERROR Error Level FATAL`;
  for (const table of task.tables)
    if (table.TableState === 'Full load' || table.TableState === 'Before load')
      table.TableState = 'Table error';
}

/** Writes one object as the endpoint's service access role, so IAM decides as for any caller. */
export async function putAsRole(
  ctx: OperationContext,
  settings: DmsS3Settings,
  key: string,
  body: Uint8Array,
): Promise<string | undefined> {
  try {
    await ctx.call(
      's3',
      'PutObject',
      {
        Bucket: settings.BucketName,
        Key: key,
        Body: body,
        ContentType: settings.DataFormat === 'parquet' ? 'application/octet-stream' : 'text/csv',
      },
      { principal: settings.ServiceAccessRoleArn },
    );
    return undefined;
  } catch (error) {
    if (!isAwsError(error)) throw error;
    return `Failed to upload file ${key} to bucket ${settings.BucketName} as ${settings.ServiceAccessRoleArn}: ${error.name}: ${error.message}`;
  }
}
