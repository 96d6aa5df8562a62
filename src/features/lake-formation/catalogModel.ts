import type { EffectiveTag } from '../../engine/lakeformation/access';
import { columnsOfTable } from '../../engine/lakeformation/tableAccess';
import type { World } from '../../engine/world';

export interface CatalogTable {
  database: string;
  name: string;
  columns: string[];
}

export interface CatalogDatabase {
  name: string;
  tables: CatalogTable[];
}

/** The Glue catalog as the administrator sees it: databases, tables (current version), columns. */
export function catalogTree(world: World): CatalogDatabase[] {
  return Object.keys(world.glue.databases ?? {})
    .sort()
    .map((db) => ({
      name: db,
      tables: Object.keys(world.glue.tables?.[db] ?? {})
        .sort()
        .flatMap((name) => {
          const versions = world.glue.tables?.[db]?.[name]?.versions;
          const current = versions?.[versions.length - 1];
          return current
            ? [{ database: db, name, columns: columnsOfTable(current).map((c) => c.name) }]
            : [];
        }),
    }));
}

/** "domain=sales, sensitivity=internal (inherited from database)". */
export function tagsText(tags: Record<string, EffectiveTag>): string {
  const entries = Object.entries(tags).sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return '—';
  return entries
    .map(
      ([key, t]) =>
        `${key}=${t.value}${t.inheritedFrom ? ` (inherited from ${t.inheritedFrom})` : ''}`,
    )
    .join(', ');
}
