import type {
  BatchGrantPermissionsRequest,
  BatchPermissionsFailureEntry,
  BatchPermissionsRequestEntry,
  BatchRevokePermissionsRequest,
  GrantPermissionsRequest,
  RevokePermissionsRequest,
} from '@aws-sdk/client-lakeformation';
import { invalidInput, isAwsError } from '../core/errors';
import type { OperationContext, OperationDef } from '../core/operations';
import { checkCatalog, lfOf } from './common';
import { checkMayGrant } from './grantAuthority';
import { isValidPrincipalIdentifier } from './principals';
import { parseResource } from './resources';
import { grantKey, type GrantResource, type LakeFormationState, type StoredGrant } from './state';
import { PERMISSIONS, validPermissionsFor } from './vocabulary';

type PermissionRequest = Omit<GrantPermissionsRequest, 'Principal' | 'Resource' | 'Permissions'> &
  Partial<Pick<GrantPermissionsRequest, 'Principal' | 'Resource' | 'Permissions'>>;

interface CheckedRequest {
  principal: string;
  resource: GrantResource;
  permissions: string[];
  grantable: string[];
}

function principalExists(ctx: OperationContext, id: string): boolean {
  const match = /^arn:aws:iam::(\d{12}):(user|role)\/(?:.*\/)?([^/]+)$/.exec(id);
  if (!match) return true;
  const account = ctx.world.iam.accounts[match[1] ?? ''];
  // Principals of other accounts are not simulated as IAM entities here; accept them.
  if (!account) return true;
  return match[2] === 'user'
    ? Boolean(account.users[match[3] ?? ''])
    : Boolean(account.roles[match[3] ?? '']);
}

/** Validates a grant or revoke: principal, resource (must exist), permission names per resource. */
function checkRequest(ctx: OperationContext, input: PermissionRequest): CheckedRequest {
  checkCatalog(ctx, input.CatalogId);
  const principal = input.Principal?.DataLakePrincipalIdentifier ?? '';
  if (!isValidPrincipalIdentifier(principal) || !principalExists(ctx, principal))
    throw invalidInput(
      `Invalid principal "${principal}": name an IAM user or role ARN, an account ID, <account>:IAMPrincipals or IAM_ALLOWED_PRINCIPALS.`,
    );
  const permissions = [...new Set(input.Permissions ?? [])];
  const grantable = [...new Set(input.PermissionsWithGrantOption ?? [])];
  if (permissions.length === 0)
    throw invalidInput('Permissions must name at least one permission.');
  const unknown = [...permissions, ...grantable].filter(
    (p) => !(PERMISSIONS as readonly string[]).includes(p),
  );
  if (unknown.length > 0) throw invalidInput(`Unknown permissions: ${unknown.join(', ')}.`);
  // API: PermissionsWithGrantOption is a subset of Permissions.
  if (grantable.some((p) => !permissions.includes(p)))
    throw invalidInput('PermissionsWithGrantOption must be a subset of Permissions.');
  const resource = parseResource(ctx.world, lfOf(ctx), input.Resource);
  const valid = validPermissionsFor(resource);
  const invalid = permissions.filter((p) => !valid.includes(p));
  if (invalid.length > 0)
    throw invalidInput(
      `Permissions ${invalid.join(', ')} are not valid on this resource; valid: ${valid.join(', ')}.`,
    );
  // LF permissions reference: the grant option can't be combined with column filtering (the stricter of two pages).
  if (
    resource.kind === 'TableWithColumns' &&
    grantable.length > 0 &&
    (resource.columnNames || resource.excludedColumnNames)
  )
    throw invalidInput(
      'The grant option cannot be combined with column filtering: grant SELECT on all columns to pass it on.',
    );
  return { principal, resource, permissions, grantable };
}

const isPartialColumns = (r: GrantResource) =>
  r.kind === 'TableWithColumns' &&
  (r.columnNames !== undefined || r.excludedColumnNames !== undefined);
const CONFLICTS_WITH_PARTIAL = ['ALL', 'ALTER', 'DROP', 'DELETE', 'INSERT', 'DESCRIBE'];

/**
 * LF permissions reference: partial (column) SELECT can't coexist with ALTER, DROP, DELETE or
 * INSERT on the same table, and DESCRIBE can't be granted to someone holding partial SELECT.
 */
function checkPartialSelect(state: LakeFormationState, request: CheckedRequest): void {
  const r = request.resource;
  if (r.kind !== 'Table' && r.kind !== 'TableWithColumns') return;
  if (r.table === null) return;
  const mine = Object.values(state.grants).filter(
    (g) =>
      g.principal === request.principal &&
      'table' in g.resource &&
      g.resource.database === r.database &&
      g.resource.table === r.table,
  );
  const conflicting = (permissions: string[]) =>
    permissions.filter((p) => CONFLICTS_WITH_PARTIAL.includes(p));
  const clash =
    r.kind === 'Table'
      ? conflicting(request.permissions).length > 0 &&
        mine.some((g) => isPartialColumns(g.resource))
      : isPartialColumns(r) &&
        mine.some((g) => g.resource.kind === 'Table' && conflicting(g.permissions).length > 0);
  if (clash)
    throw invalidInput(
      `Column-limited SELECT on ${r.database}.${r.table} can't be combined with ${CONFLICTS_WITH_PARTIAL.join(', ')} for the same principal: revoke one first.`,
    );
}

function grant(ctx: OperationContext, input: PermissionRequest): void {
  const request = checkRequest(ctx, input);
  const state = lfOf(ctx);
  checkPartialSelect(state, request);
  checkMayGrant(ctx.world, state, ctx.principal.arn, request.resource, [
    ...request.permissions,
    ...request.grantable,
  ]);
  const key = grantKey(request.principal, request.resource);
  const existing = state.grants[key];
  const merged: StoredGrant = {
    principal: request.principal,
    resource: request.resource,
    permissions: [...new Set([...(existing?.permissions ?? []), ...request.permissions])],
    grantable: [...new Set([...(existing?.grantable ?? []), ...request.grantable])],
    lastUpdated: ctx.now,
    lastUpdatedBy: ctx.principal.callerArn,
  };
  state.grants[key] = merged;
}

function revoke(ctx: OperationContext, input: PermissionRequest): void {
  const request = checkRequest(ctx, input);
  const state = lfOf(ctx);
  checkMayGrant(ctx.world, state, ctx.principal.arn, request.resource, [
    ...request.permissions,
    ...request.grantable,
  ]);
  const key = grantKey(request.principal, request.resource);
  const existing = state.grants[key];
  const permissions = existing?.permissions.filter((p) => !request.permissions.includes(p)) ?? [];
  // Revoking a permission also takes away its grant option.
  const removedOption = new Set([...request.permissions, ...request.grantable]);
  const grantable = existing?.grantable.filter((p) => !removedOption.has(p)) ?? [];
  if (
    !existing ||
    (permissions.length === existing.permissions.length &&
      grantable.length === existing.grantable.length)
  )
    throw invalidInput(
      'No permissions revoked. Grantee has no permissions and no grantable permissions on resource.',
    );
  if (permissions.length === 0 && grantable.length === 0) Reflect.deleteProperty(state.grants, key);
  else
    state.grants[key] = {
      ...existing,
      permissions,
      grantable,
      lastUpdated: ctx.now,
      lastUpdatedBy: ctx.principal.callerArn,
    };
}

export const GrantPermissions: OperationDef<GrantPermissionsRequest> = {
  run(input, ctx) {
    grant(ctx, input);
    return {};
  },
};

export const RevokePermissions: OperationDef<RevokePermissionsRequest> = {
  run(input, ctx) {
    revoke(ctx, input);
    return {};
  },
};

function batch(
  ctx: OperationContext,
  input: BatchGrantPermissionsRequest,
  apply: (ctx: OperationContext, input: PermissionRequest) => void,
) {
  const entries = input.Entries ?? [];
  // API: Batch(Grant|Revoke)Permissions takes up to 20 entries.
  if (entries.length > 20) throw invalidInput('Entries may hold at most 20 entries.');
  const Failures: BatchPermissionsFailureEntry[] = [];
  for (const entry of entries as BatchPermissionsRequestEntry[]) {
    try {
      if (!entry.Id) throw invalidInput('Each entry needs an Id.');
      // Each entry is validated in full before it changes anything: it succeeds or fails whole.
      apply(ctx, { ...entry, CatalogId: input.CatalogId });
    } catch (error) {
      if (!isAwsError(error)) throw error;
      Failures.push({
        RequestEntry: entry,
        Error: { ErrorCode: error.name, ErrorMessage: error.message },
      });
    }
  }
  return { Failures };
}

export const BatchGrantPermissions: OperationDef<BatchGrantPermissionsRequest> = {
  run: (input, ctx) => batch(ctx, input, grant),
};

export const BatchRevokePermissions: OperationDef<BatchRevokePermissionsRequest> = {
  run: (input, ctx) => batch(ctx, input, revoke),
};
