import Papa from 'papaparse';
import type { SqlTextOptions } from '../runner';
import { fromText } from './convert';
import type { RowInserter } from './rowInserter';
import type { TablePlan } from './tablePlan';

/** Hive's LazySimpleSerDe writes NULL as `\N` unless `serialization.null.format` says otherwise. */
const DEFAULT_NULL_FORMAT = '\\N';

function resetDataSlots(plan: TablePlan, row: unknown[]): void {
  for (const slot of plan.dataSlots) row[slot] = null;
}

/** Fills the row from one record's fields: the Nth field is the Nth data column (Hive reads text by position). */
function fillFromFields(
  fields: readonly string[],
  plan: TablePlan,
  sink: RowInserter,
  nullFormat: string | undefined,
): void {
  const { row } = sink;
  resetDataSlots(plan, row);
  const count = Math.min(fields.length, plan.slotOfField.length);
  for (let field = 0; field < count; field++) {
    const slot = plan.slotOfField[field]!;
    if (slot < 0) continue;
    const text = fields[field]!;
    row[slot] = text === nullFormat ? null : fromText(text, plan.shapes[slot]!);
  }
  sink.commit();
}

/**
 * LazySimpleSerDe: no quoting; a line is a record (Hadoop's LineReader ends lines at LF, CR LF
 * or CR), fields split on the delimiter; missing trailing fields are NULL, extra ones ignored.
 * Empty lines are skipped.
 */
function decodeUnquoted(
  text: string,
  options: SqlTextOptions,
  plan: TablePlan,
  sink: RowInserter,
): void {
  const nullFormat = options.nullFormat ?? DEFAULT_NULL_FORMAT;
  const delimiter = options.delimiter;
  const wanted = plan.slotOfField.length;
  const fields: string[] = [];
  let skip = options.skipHeaderLines;
  let start = 0;
  const length = text.length;
  while (start < length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = length;
    const lineEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    if (skip > 0) skip--;
    else if (lineEnd > start) {
      fields.length = 0;
      let at = start;
      while (fields.length < wanted) {
        const next = text.indexOf(delimiter, at);
        if (next < 0 || next >= lineEnd) {
          fields.push(text.slice(at, lineEnd));
          break;
        }
        fields.push(text.slice(at, next));
        at = next + delimiter.length;
      }
      fillFromFields(fields, plan, sink, nullFormat);
    }
    start = end + 1;
  }
}

/** OpenCSVSerde: quoted fields (with the quote and escape characters the table names). */
function decodeQuoted(
  text: string,
  options: SqlTextOptions,
  plan: TablePlan,
  sink: RowInserter,
): void {
  const parsed = Papa.parse<string[]>(text, {
    delimiter: options.delimiter,
    quoteChar: options.quoteChar,
    escapeChar: options.escapeChar ?? options.quoteChar,
    skipEmptyLines: true,
    header: false,
  });
  // OpenCSVSerde has no null format of its own: only one the table sets reads as NULL.
  const nullFormat = options.nullFormat;
  const records = parsed.data;
  for (let i = options.skipHeaderLines; i < records.length; i++)
    fillFromFields(records[i]!, plan, sink, nullFormat);
}

/** Decodes delimited text into the table's rows. */
export function decodeDelimited(
  text: string,
  options: SqlTextOptions,
  plan: TablePlan,
  sink: RowInserter,
): void {
  if (options.quoteChar) decodeQuoted(text, options, plan, sink);
  else decodeUnquoted(text, options, plan, sink);
}
