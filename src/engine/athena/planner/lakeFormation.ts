import type { OperationContext } from '../../core/operations';
import type { GlueTable } from '../../glue/state';
import { tableAccess } from '../../lakeformation/access';
import { recordDecision } from '../../lakeformation/decisions';
import { isRegisteredTableLocation } from '../../lakeformation/locations';
import { rowFilterToSqlite } from '../../lakeformation/rowFilterSql';
import { AthenaQueryError } from '../queryError';

/** What a principal's query may read of one table: the sandbox is built from this alone. */
export interface TableSandbox {
  /** Lower-cased column names the principal may read; undefined = every column. */
  columns?: Set<string>;
  /** A SQLite condition rows must meet (Lake Formation data filters). */
  rowFilter?: string;
  /** Lower-cased columns the row filter tests (some may be hidden from the principal). */
  filterColumns: Set<string>;
  /** Lake Formation vends credentials for a registered location: S3 is read with them, not the caller's IAM. */
  vendedCredentials: boolean;
}

/**
 * Athena on a Lake Formation table (lf-athena-access.html): Athena asks Lake Formation for the
 * table's permissions; without SELECT the query is denied; with it, the caller also needs the
 * IAM permission lakeformation:GetDataAccess, and Lake Formation returns the permitted columns
 * (and data filters) with temporary credentials for the registered location. Tables still in
 * IAM mode (IAMAllowedPrincipals holds Super) are read with the caller's IAM permissions alone.
 */
export function sandboxFor(
  ctx: OperationContext,
  table: Readonly<GlueTable>,
  where: string,
): TableSandbox {
  const access = tableAccess(ctx.world, ctx.principal.callerArn, table.DatabaseName, table.Name);
  if (access.mode === 'iam') return { vendedCredentials: false, filterColumns: new Set() };
  recordDecision(ctx, access);
  const label = `${table.DatabaseName}.${table.Name}`;
  if (!access.select)
    throw new AthenaQueryError(
      'PERMISSION_DENIED',
      `${where}: Insufficient permissions to execute the query. Insufficient Lake Formation permission(s) on ${label}`,
    );
  if (!ctx.isAllowed({ action: 'lakeformation:GetDataAccess', resource: '*' }))
    throw new AthenaQueryError(
      'PERMISSION_DENIED',
      `${where}: Insufficient permissions to execute the query. ${ctx.principal.callerArn} is not authorized to perform: lakeformation:GetDataAccess`,
    );
  const rowFilter = access.rowFilter ? rowFilterToSqlite(access.rowFilter) : undefined;
  return {
    columns: new Set(access.columns.filter((c) => c.allowed).map((c) => c.column.toLowerCase())),
    ...(rowFilter ? { rowFilter } : {}),
    // rowFilterToSqlite quotes every column it names: "country".
    filterColumns: new Set(
      [...(rowFilter ?? '').matchAll(/"((?:[^"]|"")+)"/g)].map((m) =>
        m[1]!.replace(/""/g, '"').toLowerCase(),
      ),
    ),
    vendedCredentials: isRegisteredTableLocation(ctx.world, table.StorageDescriptor?.Location),
  };
}
