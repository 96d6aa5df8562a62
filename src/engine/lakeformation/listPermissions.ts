import type {
  ListPermissionsRequest,
  PrincipalResourcePermissions,
} from '@aws-sdk/client-lakeformation';
import type { OperationDef } from '../core/operations';
import type { World } from '../world';
import { createAccessChecker } from './access';
import { checkCatalog, lfView, pageOf } from './common';
import { granteeIdentifiers, isDataLakeAdmin, lfPrincipalArn } from './principals';
import { parseResource, resourceOutput } from './resources';
import { resourceKey, type GrantResource, type StoredGrant } from './state';

const TYPE_OF: Record<GrantResource['kind'], string> = {
  Catalog: 'CATALOG',
  Database: 'DATABASE',
  Table: 'TABLE',
  TableWithColumns: 'TABLE',
  DataCellsFilter: 'TABLE',
  DataLocation: 'DATA_LOCATION',
  LFTag: 'LF_TAG',
  LFTagPolicy: 'LF_TAG_POLICY',
};

function hasType(resource: GrantResource, wanted: string): boolean {
  if (resource.kind === 'LFTagPolicy' && wanted.startsWith('LF_TAG_POLICY_'))
    return wanted === `LF_TAG_POLICY_${resource.resourceType}`;
  return TYPE_OF[resource.kind] === wanted;
}

/** A filter Resource matches grants on it; a table also matches its column and data-filter grants. */
function onResource(filter: GrantResource, includeRelated: boolean): (r: GrantResource) => boolean {
  const key = resourceKey(filter);
  if (filter.kind === 'Table' && filter.table !== null)
    return (r) =>
      resourceKey(r) === key ||
      ((r.kind === 'TableWithColumns' || r.kind === 'DataCellsFilter') &&
        r.database === filter.database &&
        r.table === filter.table) ||
      (includeRelated && r.kind === 'Table' && r.table === null && r.database === filter.database);
  return (r) => resourceKey(r) === key;
}

/**
 * LF ListPermissions is "filtered by the permissions of the caller": administrators see every
 * grant; others see their own grants and those on resources they may grant on.
 */
function visibleTo(world: World, callerArn: string): (grant: StoredGrant) => boolean {
  const principal = lfPrincipalArn(world, callerArn);
  if (isDataLakeAdmin(world, principal)) return () => true;
  const ids = granteeIdentifiers(world, principal);
  const checker = createAccessChecker(world, principal);
  return (grant) => {
    if (ids.has(grant.principal)) return true;
    const r = grant.resource;
    if ('table' in r && r.table !== null)
      return checker.grantsOn(r.database, r.table).grantable.length > 0;
    return false;
  };
}

function output(grant: StoredGrant, catalogId: string): PrincipalResourcePermissions {
  return {
    Principal: { DataLakePrincipalIdentifier: grant.principal },
    Resource: resourceOutput(grant.resource, catalogId),
    Permissions: [...grant.permissions] as PrincipalResourcePermissions['Permissions'],
    PermissionsWithGrantOption: [...grant.grantable] as PrincipalResourcePermissions['Permissions'],
    LastUpdated: new Date(grant.lastUpdated),
    LastUpdatedBy: grant.lastUpdatedBy,
  };
}

export const ListPermissions: OperationDef<ListPermissionsRequest> = {
  run(input, ctx) {
    const catalogId = checkCatalog(ctx, input.CatalogId);
    const state = lfView(ctx);
    const principal = input.Principal?.DataLakePrincipalIdentifier;
    const filter = input.Resource ? parseResource(ctx.world, state, input.Resource) : undefined;
    const matchesResource = filter
      ? onResource(filter, input.IncludeRelated === 'TRUE')
      : () => true;
    const isVisible = visibleTo(ctx.world, ctx.principal.arn);
    const grants = Object.values(state.grants).filter(
      (g) =>
        (principal === undefined || g.principal === principal) &&
        (input.ResourceType === undefined || hasType(g.resource, input.ResourceType)) &&
        matchesResource(g.resource) &&
        isVisible(g),
    );
    const { page, NextToken } = pageOf(grants, input);
    return {
      PrincipalResourcePermissions: page.map((g) => output(g, catalogId)),
      ...(NextToken ? { NextToken } : {}),
    };
  },
};
