import type { SqlValue } from './runner';

/** How Athena prints a value of a type in results: true/false, doubles with a decimal point. */
export function formatValue(value: SqlValue, type: string): string | null {
  if (value === null) return null;
  const t = type.toLowerCase();
  if (t === 'boolean') return value === 1 || value === '1' || value === 'true' ? 'true' : 'false';
  if ((t === 'double' || t === 'real' || t === 'float') && typeof value === 'number')
    return Number.isInteger(value) ? value.toFixed(1) : String(value);
  return String(value);
}

const quoted = (value: string | null) => (value === null ? '' : `"${value.replace(/"/g, '""')}"`);

/**
 * Builds Athena's result file row by row: a header of column names, then one line per row,
 * every value in double quotes and NULL as an empty field (athena/latest/ug/querying.html).
 */
export class ResultCsvWriter {
  private readonly parts: string[] = [];
  private size = 0;
  rowCount = 0;

  constructor(
    private readonly names: readonly string[],
    private readonly types: readonly string[],
  ) {
    this.push(names.map(quoted).join(','));
  }

  add(row: readonly SqlValue[]): void {
    let line = '';
    for (let i = 0; i < this.names.length; i++) {
      if (i > 0) line += ',';
      line += quoted(formatValue(row[i] ?? null, this.types[i] ?? 'varchar'));
    }
    this.push(line);
    this.rowCount++;
  }

  text(): string {
    return this.parts.join('');
  }

  private push(line: string): void {
    this.parts.push(`${line}\n`);
    this.size += line.length + 1;
  }
}

export function resultCsv(columns: { name: string; type: string }[], rows: SqlValue[][]): string {
  const writer = new ResultCsvWriter(
    columns.map((c) => c.name),
    columns.map((c) => c.type),
  );
  for (const row of rows) writer.add(row);
  return writer.text();
}
