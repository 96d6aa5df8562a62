import { FormatError } from './errors';
import { type GlueType, jsonValueType, mergeTypes } from './glueTypes';
import type { ObjectPreview, PreviewColumn } from './preview.types';

export interface JsonHead {
  text: string;
  complete: boolean;
  fileName: string;
}

type Preview = Omit<ObjectPreview, 'format' | 'compression'>;

const asRecord = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : { value };

/** Columns in first-seen order, each with its merged Glue type, and the rows as arrays. */
export function tabulate(records: Record<string, unknown>[]): {
  columns: PreviewColumn[];
  rows: unknown[][];
} {
  const types = new Map<string, GlueType | undefined>();
  for (const record of records)
    for (const [name, value] of Object.entries(record))
      types.set(name, mergeTypes(types.get(name), jsonValueType(value)));
  const columns = [...types].map(([name, type]) => ({ name, type: type ?? 'string' }));
  const rows = records.map((record) => columns.map((column) => record[column.name] ?? null));
  return { columns, rows };
}

/** V8's JSON.parse message, without the echoed text and with the position as line and column. */
function cleanMessage(error: unknown, text: string): string {
  const message = (error as Error).message
    .replace(/^JSON\.parse: /, '')
    .replace(/, (\.\.\.)?".*" is not valid JSON$/s, '');
  return message.replace(
    / in JSON at position (\d+)( \(line \d+ column \d+\))?/,
    (_all, position: string) => ` at ${lineOf(text, Number(position))}`,
  );
}

/** Previews JSON Lines: one document per line; a bad line is named by its number. */
export function previewJsonLines(head: JsonHead, maxRows: number): Preview {
  const lines = head.text.split('\n');
  const records: Record<string, unknown>[] = [];
  let dataLines = 0;
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    dataLines++;
    if (records.length >= maxRows) return;
    try {
      records.push(asRecord(JSON.parse(line)));
    } catch (error) {
      throw new FormatError(
        `Line ${index + 1} of ${head.fileName} is not valid JSON: ${cleanMessage(error, line).replace(/ at line 1, /, ' at ')}`,
      );
    }
  });
  return {
    ...tabulate(records),
    truncated: dataLines > maxRows || !head.complete,
    warnings: [],
    ...(head.complete ? { totalRowsKnown: dataLines } : {}),
  };
}

/** Line and column of a character offset, for messages. */
function lineOf(text: string, position: number): string {
  const before = text.slice(0, position).split('\n');
  return `line ${before.length}, column ${(before[before.length - 1]?.length ?? 0) + 1}`;
}

/** Previews one JSON document (an object, or an array of records). */
export function previewJsonDocument(head: JsonHead, maxRows: number): Preview {
  let document: unknown;
  try {
    document = JSON.parse(head.text);
  } catch (error) {
    throw new FormatError(`${head.fileName} is not valid JSON: ${cleanMessage(error, head.text)}`);
  }
  const warnings: string[] = [];
  const items = Array.isArray(document) ? document : [document];
  if (Array.isArray(document))
    // Glue: a top-level array gives one column `array` unless a custom JSON classifier uses the path $[*] (custom-classifier.html).
    warnings.push(
      "This object is one JSON array. Glue's built-in JSON classifier makes it a single array column; a custom JSON classifier with the path $[*] gives one row per element, as shown here.",
    );
  return {
    ...tabulate(items.slice(0, maxRows).map(asRecord)),
    truncated: items.length > maxRows,
    warnings,
    totalRowsKnown: items.length,
  };
}
