import type { World } from '../world';
import { tableKey, type LakeFormationState, type TagValues } from './state';

export interface EffectiveTag {
  value: string;
  inheritedFrom?: 'database' | 'table';
}

const EMPTY: TagValues = {};

/**
 * The LF-Tags in force on a database, table or column: tables inherit their database's
 * tags and columns their table's; a value assigned lower down overrides the inherited one
 * (LF: TBAC-assigning-tags).
 */
export function effectiveLfTags(
  world: World,
  database: string,
  table?: string,
  column?: string,
): Record<string, EffectiveTag> {
  const state = world.lakeformation;
  if (!state) return {};
  return effectiveTagsIn(state, database, table, column);
}

export function effectiveTagsIn(
  state: LakeFormationState,
  database: string,
  table?: string,
  column?: string,
): Record<string, EffectiveTag> {
  const db = database.toLowerCase();
  const result: Record<string, EffectiveTag> = {};
  const onDb = state.tagsOnDatabases[db] ?? EMPTY;
  for (const [key, value] of Object.entries(onDb))
    result[key] = table === undefined ? { value } : { value, inheritedFrom: 'database' };
  if (table === undefined) return result;
  const key = tableKey(db, table);
  for (const [tag, value] of Object.entries(state.tagsOnTables[key] ?? EMPTY))
    result[tag] = column === undefined ? { value } : { value, inheritedFrom: 'table' };
  if (column === undefined) return result;
  const onColumn = state.tagsOnColumns[key]?.[column.toLowerCase()] ?? EMPTY;
  for (const [tag, value] of Object.entries(onColumn)) result[tag] = { value };
  return result;
}

/** Plain key → value view of effective tags (for matching). */
export function tagValuesOf(tags: Record<string, EffectiveTag>): TagValues {
  const values: TagValues = {};
  for (const [key, tag] of Object.entries(tags)) values[key] = tag.value;
  return values;
}

/**
 * Whether resource tags satisfy an LF-Tag expression: every key must carry one of its
 * listed values (AND across keys, OR within a key; `*` = any value of the key).
 */
export function matchesExpression(
  tags: TagValues,
  expression: ReadonlyArray<{ key: string; values: readonly string[] }>,
): boolean {
  if (expression.length === 0) return false;
  return expression.every((condition) => {
    const value = tags[condition.key];
    return (
      value !== undefined && (condition.values.includes('*') || condition.values.includes(value))
    );
  });
}
