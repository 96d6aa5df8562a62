import { AwsError } from '../core/errors';
import type { World } from '../world';
import { createAccessChecker } from './access';
import { isUnderPath, s3PathOf } from './common';
import { granteeIdentifiers, isDataLakeAdmin, lfPrincipalArn, principalLabel } from './principals';
import {
  resourceKey,
  type GrantResource,
  type LakeFormationState,
  type StoredGrant,
} from './state';
import { effectiveTagsIn, matchesExpression, tagValuesOf } from './tagModel';
import { expandAll, resourceLabel } from './vocabulary';

const covers = (held: ReadonlySet<string>, wanted: readonly string[]) =>
  wanted.every((p) => held.has(p) || held.has('ALL'));

function callerGrants(world: World, state: LakeFormationState, principal: string): StoredGrant[] {
  const ids = granteeIdentifiers(world, principal);
  return Object.values(state.grants).filter((g) => ids.has(g.principal) && g.grantable.length > 0);
}

function grantableOn(
  world: World,
  state: LakeFormationState,
  principal: string,
  resource: GrantResource,
): Set<string> {
  const mine = callerGrants(world, state, principal);
  const held = new Set<string>();
  const addFrom = (grants: StoredGrant[], kind: 'table' | 'database' | 'other') => {
    for (const g of grants)
      for (const p of kind === 'other' ? g.grantable : expandAll(g.grantable, kind)) held.add(p);
  };
  const same = (g: StoredGrant) => resourceKey(g.resource) === resourceKey(resource);
  const checker = () => createAccessChecker(world, principal);
  switch (resource.kind) {
    case 'Catalog':
      addFrom(mine.filter(same), 'other');
      break;
    case 'Database': {
      if (state.databaseCreators[resource.database] === principal) held.add('ALL');
      addFrom(mine.filter(same), 'database');
      const tags = tagValuesOf(effectiveTagsIn(state, resource.database));
      addFrom(
        mine.filter(
          (g) =>
            g.resource.kind === 'LFTagPolicy' &&
            g.resource.resourceType === 'DATABASE' &&
            matchesExpression(tags, g.resource.expression),
        ),
        'database',
      );
      break;
    }
    case 'Table':
      if (resource.table === null) addFrom(mine.filter(same), 'table');
      else
        for (const p of checker().grantsOn(resource.database, resource.table).grantable)
          held.add(p);
      break;
    case 'TableWithColumns': {
      for (const p of checker().grantsOn(resource.database, resource.table).grantable) held.add(p);
      // LF data-filtering notes: a column grant with grant option may be re-granted on the same or fewer columns.
      const wanted = resource.columnNames;
      const narrower = mine.some(
        (g) =>
          g.resource.kind === 'TableWithColumns' &&
          g.resource.database === resource.database &&
          g.resource.table === resource.table &&
          g.grantable.includes('SELECT') &&
          wanted !== undefined &&
          g.resource.columnNames !== undefined &&
          wanted.every(
            (c) =>
              g.resource.kind === 'TableWithColumns' && (g.resource.columnNames ?? []).includes(c),
          ),
      );
      if (narrower) held.add('SELECT');
      break;
    }
    case 'DataCellsFilter':
      // LF: granting through a filter needs SELECT with grant option on the whole table.
      if (checker().grantsOn(resource.database, resource.table).grantable.includes('SELECT'))
        for (const p of ['SELECT', 'DESCRIBE', 'DROP']) held.add(p);
      break;
    case 'DataLocation': {
      const path = s3PathOf(resource.arn) ?? '';
      addFrom(
        mine.filter(
          (g) =>
            g.resource.kind === 'DataLocation' &&
            isUnderPath(path, s3PathOf(g.resource.arn) ?? '\0'),
        ),
        'other',
      );
      break;
    }
    case 'LFTag':
      if (state.lfTags[resource.key]?.creator === principal) held.add('ALL');
      addFrom(
        mine.filter(
          (g) =>
            g.resource.kind === 'LFTag' &&
            g.resource.key === resource.key &&
            resource.values.every(
              (v) =>
                g.resource.kind === 'LFTag' &&
                (g.resource.values.includes('*') || g.resource.values.includes(v)),
            ),
        ),
        'other',
      );
      break;
    case 'LFTagPolicy': {
      // LF-TBAC: the creator of every key, or GRANT_WITH_LF_TAG_EXPRESSION on each key's values, or the identical expression with grant option.
      const ownsAll = resource.expression.every(
        (c) =>
          state.lfTags[c.key]?.creator === principal ||
          mine.some(
            (g) =>
              g.resource.kind === 'LFTag' &&
              g.resource.key === c.key &&
              g.grantable.includes('GRANT_WITH_LF_TAG_EXPRESSION') &&
              c.values.every(
                (v) =>
                  g.resource.kind === 'LFTag' &&
                  (g.resource.values.includes('*') || g.resource.values.includes(v)),
              ),
          ),
      );
      if (ownsAll) held.add('ALL');
      addFrom(mine.filter(same), resource.resourceType === 'TABLE' ? 'table' : 'database');
      break;
    }
  }
  return held;
}

/**
 * LF: only a data lake administrator, or a principal holding the permissions WITH grant
 * option on that resource (creators hold theirs grantable), may grant or revoke them.
 */
export function checkMayGrant(
  world: World,
  state: LakeFormationState,
  callerArn: string,
  resource: GrantResource,
  permissions: readonly string[],
): void {
  const principal = lfPrincipalArn(world, callerArn);
  if (isDataLakeAdmin(world, principal)) return;
  if (covers(grantableOn(world, state, principal, resource), permissions)) return;
  throw new AwsError(
    'AccessDeniedException',
    `Insufficient Lake Formation permission(s) on ${resourceLabel(resource)}: ${principalLabel(principal)} must be a data lake administrator or hold ${[...permissions].join(', ')} on it with the grant option.`,
    { statusCode: 403 },
  );
}
