import { effectiveLfTags, type EffectiveTag } from '../../engine/lakeformation/access';
import {
  tableKey,
  type LakeFormationState,
  type TagValues,
} from '../../engine/lakeformation/state';
import type { World } from '../../engine/world';

/** A database, table or column of the catalog tree. */
export interface TagNode {
  id: string;
  level: 'database' | 'table' | 'column';
  label: string;
  database: string;
  table?: string;
  column?: string;
}

export const nodeLabel = (n: TagNode) =>
  n.level === 'database'
    ? `database ${n.database}`
    : n.level === 'table'
      ? `table ${n.database}.${n.table}`
      : `column ${n.database}.${n.table}.${n.column}`;

/** The Resource AddLFTagsToResource / RemoveLFTagsFromResource take for a node. */
export function nodeResource(n: TagNode): Record<string, unknown> {
  if (n.level === 'database') return { Database: { Name: n.database } };
  if (n.level === 'table') return { Table: { DatabaseName: n.database, Name: n.table } };
  return { TableWithColumns: { DatabaseName: n.database, Name: n.table, ColumnNames: [n.column] } };
}

/** The tags assigned on the node itself (not inherited). */
export function ownTags(lf: LakeFormationState | undefined, n: TagNode): TagValues {
  if (!lf) return {};
  if (n.level === 'database') return lf.tagsOnDatabases[n.database] ?? {};
  const key = tableKey(n.database, n.table ?? '');
  if (n.level === 'table') return lf.tagsOnTables[key] ?? {};
  return lf.tagsOnColumns[key]?.[(n.column ?? '').toLowerCase()] ?? {};
}

export interface NodeTag {
  key: string;
  value: string;
  /** Where an inherited value comes from; undefined = assigned here. */
  inheritedFrom?: EffectiveTag['inheritedFrom'];
  /** Assigned here, replacing a different value the node would inherit. */
  overrides?: string;
}

/** The node's tags in force: inherited ones marked, overrides of an inherited value highlighted. */
export function nodeTags(world: World, n: TagNode): NodeTag[] {
  const effective = effectiveLfTags(world, n.database, n.table, n.column);
  const parent =
    n.level === 'database'
      ? {}
      : n.level === 'table'
        ? effectiveLfTags(world, n.database)
        : effectiveLfTags(world, n.database, n.table);
  return Object.entries(effective)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, t]) => {
      const inherited = parent[key]?.value;
      return {
        key,
        value: t.value,
        ...(t.inheritedFrom ? { inheritedFrom: t.inheritedFrom } : {}),
        ...(!t.inheritedFrom && inherited !== undefined && inherited !== t.value
          ? { overrides: inherited }
          : {}),
      };
    });
}
