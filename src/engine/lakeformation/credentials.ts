import type { GetTemporaryGlueTableCredentialsRequest } from '@aws-sdk/client-lakeformation';
import { AwsError, invalidInput } from '../core/errors';
import type { OperationContext, OperationDef } from '../core/operations';
import { tableAccess, type TableAccess } from './access';
import { isRegisteredTableLocation } from './locations';

/** `arn:aws:glue:<region>:<account>:table/<db>/<table>` → database and table. */
function tableOfArn(arn: string | undefined): { database: string; table: string } {
  const match = /^arn:aws:glue:[^:]*:\d{12}:table\/([^/]+)\/([^/]+)$/.exec(arn ?? '');
  if (!match)
    throw invalidInput(
      `TableArn "${arn ?? ''}" is not a Glue table ARN (arn:aws:glue:<region>:<account>:table/<db>/<table>).`,
    );
  return { database: (match[1] ?? '').toLowerCase(), table: (match[2] ?? '').toLowerCase() };
}

function readableAccess(ctx: OperationContext, arn: string | undefined): TableAccess {
  const { database, table } = tableOfArn(arn);
  const access = tableAccess(ctx.world, ctx.principal.arn, database, table);
  if (
    access.columns.length === 0 &&
    access.permissions.length === 0 &&
    access.mode === 'lakeformation' &&
    !ctx.world.glue.tables?.[database]?.[table]
  )
    throw new AwsError('EntityNotFoundException', `Table ${database}.${table} not found.`);
  // Athena/LF: without SELECT on the table (or some of its columns) no credentials are vended.
  if (access.mode === 'lakeformation' && !access.select)
    throw new AwsError(
      'AccessDeniedException',
      `Insufficient Lake Formation permission(s) on ${table}.`,
      { statusCode: 403 },
    );
  return access;
}

// LF GetTemporary*Credentials: DurationSeconds is 900–43,200 seconds (default one hour).
function temporaryCredentials(ctx: OperationContext, durationSeconds: number | undefined) {
  const seconds = durationSeconds ?? 3600;
  if (!Number.isInteger(seconds) || seconds < 900 || seconds > 43200)
    throw invalidInput('DurationSeconds must be between 900 and 43200.');
  const n = String(ctx.nextId('lakeformationCredentials')).padStart(12, '0');
  return {
    AccessKeyId: `ASIALFDATAACCESS${n}`.slice(0, 20),
    SecretAccessKey: `lakeformation/vended/${n}`,
    SessionToken: `LakeLabLakeFormationSession${n}`,
    Expiration: new Date(ctx.now + seconds * 1000),
  };
}

/**
 * LakeLab's stand-in for the lakeformation:GetDataAccess call integrated engines make for a
 * principal (not a public API operation): needs the IAM action and a Lake Formation SELECT.
 * Returns credentials plus what the engine may read.
 */
export const GetDataAccess: OperationDef<{ TableArn?: string; DurationSeconds?: number }> = {
  readOnly: true,
  run(input, ctx) {
    const access = readableAccess(ctx, input.TableArn);
    return {
      Credentials: temporaryCredentials(ctx, input.DurationSeconds),
      AllowedColumns: access.columns.filter((c) => c.allowed).map((c) => c.column),
      ...(access.rowFilter !== undefined ? { RowFilter: access.rowFilter } : {}),
    };
  },
};

export const GetTemporaryGlueTableCredentials: OperationDef<GetTemporaryGlueTableCredentialsRequest> =
  {
    readOnly: true,
    run(input, ctx) {
      const access = readableAccess(ctx, input.TableArn);
      const { database, table } = tableOfArn(input.TableArn);
      const stored = ctx.world.glue.tables?.[database]?.[table]?.versions.at(-1);
      const location = stored?.StorageDescriptor?.Location;
      if (!isRegisteredTableLocation(ctx.world, location))
        throw invalidInput(
          `The location of ${database}.${table} is not registered with Lake Formation: no credentials are vended for it.`,
        );
      const supported = input.SupportedPermissionTypes ?? [];
      // LF: a caller that cannot enforce column or cell filtering gets no credentials for a filtered table.
      if (access.columns.some((c) => !c.allowed) && !supported.includes('COLUMN_PERMISSION'))
        throw new AwsError(
          'PermissionTypeMismatchException',
          'The table has column permissions: pass SupportedPermissionTypes COLUMN_PERMISSION.',
        );
      if (access.rowFilter !== undefined && !supported.includes('CELL_FILTER_PERMISSION'))
        throw new AwsError(
          'PermissionTypeMismatchException',
          'The table has data cell filters: pass SupportedPermissionTypes CELL_FILTER_PERMISSION.',
        );
      return {
        ...temporaryCredentials(ctx, input.DurationSeconds),
        VendedS3Path: location ? [location] : [],
      };
    },
  };
