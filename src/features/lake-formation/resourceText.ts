import type { Resource } from '@aws-sdk/client-lakeformation';

const tagExpression = (e: Array<{ TagKey?: string; TagValues?: string[] }> = []) =>
  e.map((c) => `${c.TagKey}=${(c.TagValues ?? []).join('|')}`).join(' AND ');

/** A ListPermissions Resource in the console's words: "Table sales.orders (columns: …)". */
export function resourceText(r: Resource): string {
  if (r.Catalog) return 'Data Catalog';
  if (r.Database) return `Database ${r.Database.Name}`;
  if (r.Table)
    return r.Table.TableWildcard
      ? `All tables of ${r.Table.DatabaseName}`
      : `Table ${r.Table.DatabaseName}.${r.Table.Name}`;
  if (r.TableWithColumns) {
    const t = r.TableWithColumns;
    const cols = t.ColumnNames
      ? `columns ${t.ColumnNames.join(', ')}`
      : t.ColumnWildcard?.ExcludedColumnNames?.length
        ? `all columns except ${t.ColumnWildcard.ExcludedColumnNames.join(', ')}`
        : 'all columns';
    return `Table ${t.DatabaseName}.${t.Name} (${cols})`;
  }
  if (r.DataLocation) return `Data location ${r.DataLocation.ResourceArn}`;
  if (r.DataCellsFilter)
    return `Data filter ${r.DataCellsFilter.Name} on ${r.DataCellsFilter.DatabaseName}.${r.DataCellsFilter.TableName}`;
  if (r.LFTag) return `LF-Tag ${r.LFTag.TagKey}=${(r.LFTag.TagValues ?? []).join('|')}`;
  if (r.LFTagPolicy)
    return `${r.LFTagPolicy.ResourceType === 'DATABASE' ? 'Databases' : 'Tables'} tagged ${tagExpression(r.LFTagPolicy.Expression)}`;
  return 'Unknown resource';
}
