import { toCsv } from '../formats';
import type { OutputColumn, OutputRecord } from './s3Output';

/**
 * CDC writes a small CSV file per changed table every minute (86,000 in a month), so its rows are
 * written straight from the records here, without the general `toCsv` (Papa Parse) and its arrays of
 * cells. The bytes are the same: a cell is quoted, its quotes doubled, when it holds a quote, CR, LF,
 * a byte order mark or the delimiter, or starts or ends with a space (Papa Parse's `unparse`, quotes: false).
 */
export function recordsToCsv(
  columns: readonly OutputColumn[],
  records: readonly OutputRecord[],
  delimiter: string,
  header: boolean,
): string {
  if (!isPlainDelimiter(delimiter) || columns.length === 0 || records.length === 0)
    return toCsv(
      columns.map((c) => c.name),
      records.map((r) => columns.map((c) => valueOf(c, r))),
      { delimiter, header },
    );
  const code = delimiter.charCodeAt(0);
  let csv = '';
  if (header) {
    for (let i = 0; i < columns.length; i++)
      csv += (i > 0 ? delimiter : '') + csvCell(columns[i]!.name, code);
    csv += '\n';
  }
  for (const record of records) {
    for (let i = 0; i < columns.length; i++) {
      const value = valueOf(columns[i]!, record);
      csv += (i > 0 ? delimiter : '') + (value === null ? '' : csvCell(String(value), code));
    }
    csv += '\n';
  }
  return csv;
}

function valueOf(column: OutputColumn, record: OutputRecord): string | number | null {
  const from = column.from;
  if (from === 'op') return record.op;
  if (from === 'timestamp') return record.timestamp;
  return record.row[from.column] ?? null;
}

/** One character that Papa Parse accepts as a delimiter (it falls back to a comma for the others). */
function isPlainDelimiter(delimiter: string): boolean {
  return delimiter.length === 1 && !'\r\n"\uFEFF'.includes(delimiter);
}

function csvCell(text: string, delimiter: number): string {
  if (text === '') return text;
  let quote = text.charCodeAt(0) === 32 || text.charCodeAt(text.length - 1) === 32;
  for (let i = 0; i < text.length && !quote; i++) {
    const c = text.charCodeAt(i);
    quote = c === 34 || c === 10 || c === 13 || c === 0xfeff || c === delimiter;
  }
  return quote ? `"${text.replaceAll('"', '""')}"` : text;
}
