import { csvCellType, type GlueType, mergeTypes } from '../formats/glueTypes';

const DATE_LIKE = /^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?Z?$/;

/** A CSV column's Glue type and the reason, from its cells (empty cells say nothing). */
export function csvColumnType(cells: string[], trim = true): { type: GlueType; why: string } {
  const seen = new Map<GlueType, string>();
  let merged: GlueType | undefined;
  for (const cell of cells) {
    // DisableValueTrimming: a padded number is text, not a number.
    const type = trim
      ? csvCellType(cell)
      : cell.trim() === ''
        ? undefined
        : cell === cell.trim()
          ? csvCellType(cell)
          : 'string';
    if (type === undefined) continue;
    if (!seen.has(type)) seen.set(type, cell);
    merged = mergeTypes(merged, type);
  }
  return { type: merged ?? 'string', why: whyCsvType(merged, seen) };
}

function whyCsvType(merged: GlueType | undefined, seen: Map<GlueType, string>): string {
  if (merged === undefined) return 'every value is empty, so the column is string';
  // Glue CSV (secondary source): whole numbers → bigint, decimals → double, TRUE/FALSE → boolean, dates stay string.
  if (merged === 'bigint')
    return `every value is a whole number (e.g. ${seen.get('bigint')}), so bigint`;
  if (merged === 'double')
    return seen.has('bigint')
      ? `values mix whole and decimal numbers (e.g. ${seen.get('double')}), so double`
      : `every value is a decimal number (e.g. ${seen.get('double')}), so double`;
  if (merged === 'boolean') return 'every value is TRUE or FALSE, so boolean';
  const text = seen.get('string') ?? '';
  if (seen.size > 1)
    return `values of different kinds (e.g. "${text}" beside ${[...seen.keys()].filter((t) => t !== 'string').join('/')}) make the column string`;
  if (DATE_LIKE.test(text.trim()))
    return `values look like dates or timestamps (e.g. "${text}"), which the CSV classifier keeps as string`;
  return `values are text (e.g. "${text}"), so string`;
}

/** CustomDatatypes of a custom CSV classifier: which extra types a value may get. */
export function customCsvType(
  cells: string[],
  allowed: string[],
): { type: GlueType; why: string } | undefined {
  const values = cells.map((cell) => cell.trim()).filter((cell) => cell !== '');
  if (values.length === 0) return undefined;
  const checks: [string, GlueType, RegExp][] = [
    ['DATE', 'date', /^\d{4}-\d{2}-\d{2}$/],
    ['TIMESTAMP', 'timestamp', /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d+)?$/],
    ['SHORT', 'smallint', /^[+-]?\d{1,4}$/],
    ['INT', 'int', /^[+-]?\d{1,9}$/],
    ['LONG', 'bigint', /^[+-]?\d{1,19}$/],
    ['FLOAT', 'float', /^[+-]?\d*\.\d+$/],
    ['DOUBLE', 'double', /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/],
    ['BOOLEAN', 'boolean', /^(true|false)$/i],
  ];
  for (const [name, type, pattern] of checks)
    if (allowed.includes(name) && values.every((value) => pattern.test(value)))
      return { type, why: `every value fits ${name}, one of the classifier's custom data types` };
  return undefined;
}
