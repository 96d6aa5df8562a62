import Papa from 'papaparse';
import { FormatError } from './errors';
import { csvCellType, csvCellValue, type GlueType, mergeTypes } from './glueTypes';
import type { ObjectPreview, PreviewColumn } from './preview.types';

export interface CsvHead {
  /** Decompressed text (from the start of the object, cut after a whole line). */
  text: string;
  /** True when `text` is the whole object. */
  complete: boolean;
  fileName: string;
  format: 'csv' | 'tsv';
}

// Glue's built-in CSV classifier tries comma, pipe, tab, semicolon and Ctrl-A (add-classifier.html).
const DELIMITERS = [',', '|', '\t', ';', '\u0001'];

function parseRecords(head: CsvHead, limit: number | undefined): Papa.ParseResult<string[]> {
  return Papa.parse<string[]>(head.text, {
    header: false,
    skipEmptyLines: 'greedy',
    delimiter: head.format === 'tsv' ? '\t' : '',
    delimitersToGuess: DELIMITERS,
    ...(limit ? { preview: limit } : {}),
  });
}

/** Throws on a broken quote; true when the only one is a record cut off by the end of the preview window. */
function lastRecordIsCut(result: Papa.ParseResult<string[]>, head: CsvHead): boolean {
  const quoteError = result.errors.find((error) => error.type === 'Quotes');
  if (!quoteError) return false;
  const rowIndex = quoteError.row ?? 0;
  if (!head.complete && rowIndex >= result.data.length - 1) return true;
  throw new FormatError(
    `Row ${rowIndex + 1} of ${head.fileName} has a quoted field with no closing quote (${quoteError.message}).`,
  );
}

function columnTypes(records: string[][], width: number): GlueType[] {
  return Array.from(
    { length: width },
    (_, i) =>
      records.reduce<GlueType | undefined>(
        (type, record) => mergeTypes(type, csvCellType(record[i] ?? '')),
        undefined,
      ) ?? 'string',
  );
}

/** Glue's header rule: every first-row cell is a string, and some data cell is not. */
function firstRowIsHeader(records: string[][]): boolean {
  const [first, ...data] = records;
  if (!first || data.length === 0) return false;
  if (!first.every((cell) => csvCellType(cell) === 'string')) return false;
  return columnTypes(data, first.length).some((type) => type !== 'string');
}

function checkFieldCounts(records: string[][], hasHeader: boolean, fileName: string): void {
  const expected = records[0]?.length ?? 0;
  const against = hasHeader ? 'the header has' : 'the first row has';
  records.forEach((record, index) => {
    if (record.length !== expected)
      throw new FormatError(
        `Row ${index + 1} of ${fileName} has ${record.length} field${record.length === 1 ? '' : 's'}; ${against} ${expected}.`,
      );
  });
}

/** Previews delimited text: delimiter and header as Glue's CSV classifier decides, types per column. */
export function previewCsv(
  head: CsvHead,
  maxRows: number,
  header?: boolean,
): Omit<ObjectPreview, 'format' | 'compression'> {
  const warnings: string[] = [];
  // The whole object is in hand: parse all of it to count rows. Otherwise stop after the rows shown.
  const result = parseRecords(head, head.complete ? undefined : maxRows + 2);
  const records = lastRecordIsCut(result, head) ? result.data.slice(0, -1) : result.data;
  const hasHeader = header ?? firstRowIsHeader(records);
  checkFieldCounts(records, hasHeader, head.fileName);
  if (
    !hasHeader &&
    header === undefined &&
    records.length > 1 &&
    (records[0] ?? []).every((cell) => csvCellType(cell) === 'string')
  )
    warnings.push(
      "Every column holds text, so the first row is read as data, not a header (Glue's CSV classifier needs a non-text column to tell a header apart).",
    );
  if ((records[0]?.length ?? 0) < 2)
    warnings.push(
      "Each row has a single field: Glue's built-in CSV classifier needs at least two columns.",
    );
  const headerCells = hasHeader ? (records[0] ?? []) : [];
  const data = hasHeader ? records.slice(1) : records;
  const width = records[0]?.length ?? 0;
  const types = columnTypes(data, width);
  // No header: Glue crawlers name columns col0, col1, … (the docs say col1; crawlers are reported to start at 0).
  const columns: PreviewColumn[] = types.map((type, i) => ({
    name: hasHeader ? (headerCells[i] ?? `col${i}`) : `col${i}`,
    type,
  }));
  const rows = data
    .slice(0, maxRows)
    .map((record) => record.map((cell, i) => csvCellValue(cell, types[i] ?? 'string')));
  const truncated = data.length > maxRows || !head.complete;
  return {
    columns,
    rows,
    truncated,
    warnings,
    delimiter: result.meta.delimiter,
    hasHeader,
    ...(head.complete ? { totalRowsKnown: data.length } : {}),
  };
}
