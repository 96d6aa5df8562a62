import type { GlueTable } from '../glue/state';
import type { AccessMode, TableAccess } from './access';
import { isIamModeDatabase, type GrantIndex, type Reason } from './accessIndex';
import { lfPrincipalArn } from './principals';
import { effectiveTagsIn, matchesExpression, tagValuesOf } from './tagModel';
import { DATABASE_PERMISSIONS, expandAll, expressionText } from './vocabulary';

/** A database's mode, the principal's effective permissions on it, and why. */
export interface DatabaseAccess {
  mode: AccessMode;
  permissions: string[];
  reasons: Reason[];
}

/** databaseAccess with an index already built (tableOf answers for the database's tables). */
export function databaseAccessWith(
  ix: GrantIndex,
  database: string,
  tableOf: (t: GlueTable) => TableAccess,
) {
  const db = database.toLowerCase();
  if (isIamModeDatabase(ix.state, db))
    return {
      mode: 'iam' as const,
      permissions: ['ALL', ...DATABASE_PERMISSIONS].sort(),
      reasons: [
        {
          kind: 'iam-allowed-principals' as const,
          text: `IAMAllowedPrincipals holds Super on database ${db}: IAM policies alone decide.`,
        },
      ],
    };
  const permissions = new Set<string>();
  const reasons: Reason[] = [];
  if (ix.isAdmin) {
    permissions.add('DESCRIBE');
    reasons.push({
      kind: 'admin',
      text: `${ix.label} is a data lake administrator: implicit DESCRIBE on database ${db}.`,
    });
  }
  const creator = ix.state?.databaseCreators[db];
  if (creator !== undefined && lfPrincipalArn(ix.world, creator) === ix.principal) {
    for (const p of ['ALL', ...DATABASE_PERMISSIONS]) permissions.add(p);
    reasons.push({
      kind: 'creator',
      text: `${ix.label} created database ${db}: creators hold every permission on it.`,
    });
  }
  for (const grant of ix.onDatabase.get(db) ?? []) {
    for (const p of expandAll(grant.permissions, 'database')) permissions.add(p);
    reasons.push({
      kind: 'named-grant',
      text: `Granted ${grant.permissions.join(', ')} on database ${db} to ${ix.label}.`,
    });
  }
  if (ix.state) {
    const tags = tagValuesOf(effectiveTagsIn(ix.state, db));
    for (const grant of ix.databasePolicies) {
      if (
        grant.resource.kind !== 'LFTagPolicy' ||
        !matchesExpression(tags, grant.resource.expression)
      )
        continue;
      for (const p of expandAll(grant.permissions, 'database')) permissions.add(p);
      reasons.push({
        kind: 'tag-policy',
        text: `Granted ${grant.permissions.join(', ')} on databases tagged ${expressionText(grant.resource.expression)} to ${ix.label}; ${db} carries those tags.`,
      });
    }
  }
  if (!permissions.has('DESCRIBE')) {
    // LakeLab rule (LF documents it for table creators): a permission on a table lets its holder see the database.
    const visible = Object.values(ix.world.glue.tables?.[db] ?? {}).find((entry) => {
      const current = entry.versions[entry.versions.length - 1];
      return current !== undefined && tableOf(current).permissions.length > 0;
    });
    const name = visible?.versions[0]?.Name;
    if (name !== undefined)
      reasons.push({
        kind: 'named-grant',
        text: `${ix.label} holds permissions on table ${db}.${name}, so it may see database ${db}.`,
      });
    if (name !== undefined || permissions.size > 0) permissions.add('DESCRIBE');
  }
  if (reasons.length === 0)
    reasons.push({
      kind: 'no-grant',
      text: `${ix.label} has no Lake Formation permission on database ${db} or its tables.`,
    });
  return { mode: 'lakeformation' as const, permissions: [...permissions].sort(), reasons };
}
