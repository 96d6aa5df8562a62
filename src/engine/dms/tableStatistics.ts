import type {
  DescribeTableStatisticsMessage,
  TableStatistics,
} from '@aws-sdk/client-database-migration-service';
import type { OperationDef } from '../core/operations';
import { matchesFilters, onResource, pageOf, toDate } from './common';
import type { StoredTableRun } from './state';
import { taskOf } from './tasks';

export function tableStatistics(t: StoredTableRun): TableStatistics {
  const out: TableStatistics = {
    SchemaName: t.SchemaName,
    TableName: t.TableName,
    Inserts: t.Inserts,
    Deletes: t.Deletes,
    Updates: t.Updates,
    Ddls: 0,
    FullLoadRows: t.FullLoadRows,
    FullLoadCondtnlChkFailedRows: 0,
    FullLoadErrorRows: 0,
    FullLoadReloaded: t.FullLoadReloaded,
    TableState: t.TableState,
    ValidationState: 'Not enabled',
    ValidationPendingRecords: 0,
    ValidationFailedRecords: 0,
    ValidationSuspendedRecords: 0,
  };
  if (t.FullLoadStartTime !== undefined) out.FullLoadStartTime = toDate(t.FullLoadStartTime);
  if (t.FullLoadEndTime !== undefined) out.FullLoadEndTime = toDate(t.FullLoadEndTime);
  if (t.LastUpdateTime !== undefined) out.LastUpdateTime = toDate(t.LastUpdateTime);
  return out;
}

export const DescribeTableStatistics: OperationDef<DescribeTableStatisticsMessage> = {
  readOnly: true,
  authorize: onResource(
    'dms:DescribeTableStatistics',
    (i: DescribeTableStatisticsMessage) => i.ReplicationTaskArn,
  ),
  run(input, ctx) {
    const task = taskOf(ctx, input.ReplicationTaskArn);
    const tables = task.tables.filter((t) =>
      matchesFilters(input.Filters, (name) => {
        if (name === 'schema-name') return [t.SchemaName];
        if (name === 'table-name') return [t.TableName];
        if (name === 'table-state') return [t.TableState];
        return undefined;
      }),
    );
    // DescribeTableStatistics: MaxRecords "Default: 100. Constraints: Minimum 20, maximum 500."
    const { page, Marker } = pageOf(tables, input, 500);
    return {
      ReplicationTaskArn: task.ReplicationTaskArn,
      TableStatistics: page.map(tableStatistics),
      ...(Marker ? { Marker } : {}),
    };
  },
};
