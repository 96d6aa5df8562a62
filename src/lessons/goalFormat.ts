/** Readable text for the values a goal compares: cells of a table, not JSON. */

type Fields = Record<string, unknown>;

export const isRecord = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const str = (value: unknown): string =>
  typeof value === 'string' ? value : (formatCell(value) ?? '');

const tableName = (t: Fields): string => `${str(t.DatabaseName)}.${str(t.Name ?? t.TableName)}`;

function tableWithColumns(t: Fields): string {
  const wildcard = t.ColumnWildcard;
  if (isRecord(wildcard)) {
    const excluded = Array.isArray(wildcard.ExcludedColumnNames)
      ? wildcard.ExcludedColumnNames
      : [];
    return excluded.length
      ? `${tableName(t)}, all columns except ${excluded.map(str).join(', ')}`
      : `${tableName(t)}, all columns`;
  }
  const names = Array.isArray(t.ColumnNames) ? t.ColumnNames.map(str).join(', ') : '';
  return `${tableName(t)}, columns ${names}`;
}

function tagExpression(expression: unknown): string {
  if (!Array.isArray(expression)) return '';
  return expression
    .filter(isRecord)
    .map(
      (tag) =>
        `${str(tag.TagKey)} = ${Array.isArray(tag.TagValues) ? tag.TagValues.map(str).join(' or ') : ''}`,
    )
    .join(' and ');
}

/**
 * Lake Formation names a resource by one member (`Database`, `Table`, `TableWithColumns`, …); this
 * says it in the console's words ("Table hr.employees, all columns except salary").
 */
export function formatLakeFormationResource(resource: Fields): string | undefined {
  const [kind, value] = Object.entries(resource)[0] ?? [];
  if (!isRecord(value) || Object.keys(resource).length !== 1) return undefined;
  switch (kind) {
    case 'Catalog':
      return 'Data Catalog';
    case 'Database':
      return `Database ${str(value.Name)}`;
    case 'Table':
      return value.TableWildcard !== undefined
        ? `All tables in ${str(value.DatabaseName)}`
        : `Table ${tableName(value)}`;
    case 'TableWithColumns':
      return `Table ${tableWithColumns(value)}`;
    case 'DataLocation':
      return `Data location ${str(value.ResourceArn)}`;
    case 'DataCellsFilter':
      return `Data filter ${str(value.Name)} on ${tableName(value)}`;
    case 'LFTag':
      return `LF-Tag ${tagExpression([value])}`;
    case 'LFTagPolicy':
      return `${str(value.ResourceType)} tagged ${tagExpression(value.Expression)}`;
    default:
      return undefined;
  }
}

/** A value as one line of text; undefined stays undefined (the cell is empty). */
export function formatCell(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (value === null) return 'null';
  if (typeof value === 'string') return value;
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value))
    return value.length === 0
      ? '(empty)'
      : value.map((v) => formatCell(v) ?? '').join(value.some(isRecord) ? '; ' : ', ');
  const resource = formatLakeFormationResource(value as Fields);
  if (resource) return resource;
  const entries = Object.entries(value as Fields);
  if (entries.length === 0) return '(empty)';
  return entries.map(([k, v]) => `${k}: ${formatCell(v) ?? ''}`).join(', ');
}

/** A value quoted for a sentence ("absent" when there is none). */
export const say = (value: string | undefined): string =>
  value === undefined ? 'absent' : `“${value}”`;
