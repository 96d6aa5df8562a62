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

/** What one caller holds WITH grant option, gathered once per check. */
interface Holder {
  world: World;
  state: LakeFormationState;
  principal: string;
  /** The caller's grants that carry some grant option. */
  mine: StoredGrant[];
  held: Set<string>;
}

function addFrom(h: Holder, grants: StoredGrant[], kind: 'table' | 'database' | 'other') {
  for (const g of grants)
    for (const p of kind === 'other' ? g.grantable : expandAll(g.grantable, kind)) h.held.add(p);
}

/** An LF-Tag grant on `key` whose values cover `values` (`*` = every value). */
const tagGrantCovers = (g: StoredGrant, key: string, values: readonly string[]) =>
  g.resource.kind === 'LFTag' &&
  g.resource.key === key &&
  values.every(
    (v) =>
      g.resource.kind === 'LFTag' &&
      (g.resource.values.includes('*') || g.resource.values.includes(v)),
  );

function onDatabase(h: Holder, resource: Extract<GrantResource, { kind: 'Database' }>) {
  if (h.state.databaseCreators[resource.database] === h.principal) h.held.add('ALL');
  const tags = tagValuesOf(effectiveTagsIn(h.state, resource.database));
  const matching = h.mine.filter(
    (g) =>
      (g.resource.kind === 'Database' && g.resource.database === resource.database) ||
      (g.resource.kind === 'LFTagPolicy' &&
        g.resource.resourceType === 'DATABASE' &&
        matchesExpression(tags, g.resource.expression)),
  );
  addFrom(h, matching, 'database');
}

function onTableWithColumns(
  h: Holder,
  resource: Extract<GrantResource, { kind: 'TableWithColumns' }>,
) {
  const wanted = resource.columnNames;
  // LF data-filtering notes: a column grant with grant option may be re-granted on the same or fewer columns.
  const narrower = h.mine.some(
    (g) =>
      g.resource.kind === 'TableWithColumns' &&
      g.resource.database === resource.database &&
      g.resource.table === resource.table &&
      g.grantable.includes('SELECT') &&
      wanted !== undefined &&
      wanted.every(
        (c) => g.resource.kind === 'TableWithColumns' && (g.resource.columnNames ?? []).includes(c),
      ),
  );
  if (narrower) h.held.add('SELECT');
}

// LF-TBAC: the creator of every key, or GRANT_WITH_LF_TAG_EXPRESSION on each key's values, or the identical expression with grant option.
function onTagPolicy(h: Holder, resource: Extract<GrantResource, { kind: 'LFTagPolicy' }>) {
  const ownsAll = resource.expression.every(
    (c) =>
      h.state.lfTags[c.key]?.creator === h.principal ||
      h.mine.some(
        (g) =>
          g.grantable.includes('GRANT_WITH_LF_TAG_EXPRESSION') &&
          tagGrantCovers(g, c.key, c.values),
      ),
  );
  if (ownsAll) h.held.add('ALL');
  const same = resourceKey(resource);
  addFrom(
    h,
    h.mine.filter((g) => resourceKey(g.resource) === same),
    resource.resourceType === 'TABLE' ? 'table' : 'database',
  );
}

function grantableOn(
  world: World,
  state: LakeFormationState,
  principal: string,
  resource: GrantResource,
): Set<string> {
  const ids = granteeIdentifiers(world, principal);
  const mine = Object.values(state.grants).filter(
    (g) => ids.has(g.principal) && g.grantable.length > 0,
  );
  const h: Holder = { world, state, principal, mine, held: new Set() };
  const same = (g: StoredGrant) => resourceKey(g.resource) === resourceKey(resource);
  const onTable = (database: string, table: string) =>
    createAccessChecker(world, principal).grantsOn(database, table).grantable;
  switch (resource.kind) {
    case 'Catalog':
      addFrom(h, mine.filter(same), 'other');
      break;
    case 'Database':
      onDatabase(h, resource);
      break;
    case 'Table':
      if (resource.table === null) addFrom(h, mine.filter(same), 'table');
      else for (const p of onTable(resource.database, resource.table)) h.held.add(p);
      break;
    case 'TableWithColumns':
      for (const p of onTable(resource.database, resource.table)) h.held.add(p);
      onTableWithColumns(h, resource);
      break;
    case 'DataCellsFilter':
      // LF: granting through a filter needs SELECT with grant option on the whole table.
      if (onTable(resource.database, resource.table).includes('SELECT'))
        for (const p of ['SELECT', 'DESCRIBE', 'DROP']) h.held.add(p);
      break;
    case 'DataLocation': {
      const path = s3PathOf(resource.arn) ?? '';
      const covering = mine.filter(
        (g) =>
          g.resource.kind === 'DataLocation' && isUnderPath(path, s3PathOf(g.resource.arn) ?? '\0'),
      );
      addFrom(h, covering, 'other');
      break;
    }
    case 'LFTag':
      if (state.lfTags[resource.key]?.creator === principal) h.held.add('ALL');
      addFrom(
        h,
        mine.filter((g) => tagGrantCovers(g, resource.key, resource.values)),
        'other',
      );
      break;
    case 'LFTagPolicy':
      onTagPolicy(h, resource);
      break;
  }
  return h.held;
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
