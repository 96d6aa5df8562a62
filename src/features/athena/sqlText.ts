/** SQL the console writes for the user, and what it reads back from Athena's messages. */

/** A quoted identifier: Athena (Trino) doubles a double quote inside one. */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** The console's "Preview table" query. */
export function previewTableSql(database: string, table: string): string {
  return `SELECT * FROM ${quoteIdentifier(database)}.${quoteIdentifier(table)} limit 10;`;
}

export interface ErrorPosition {
  line: number;
  column: number;
}

/** "SYNTAX_ERROR: line 1:8: …" → { line: 1, column: 8 }; undefined when no position is named. */
export function errorPositionOf(reason: string | undefined): ErrorPosition | undefined {
  const match = /line (\d+):(\d+)/.exec(reason ?? '');
  if (!match) return undefined;
  return { line: Number(match[1]), column: Number(match[2]) };
}

/** The error code before the first colon ("COLUMN_NOT_FOUND"), when the reason starts with one. */
export function errorCodeOf(reason: string | undefined): string | undefined {
  return /^([A-Z][A-Z_]+):/.exec(reason ?? '')?.[1];
}

/** The first words of a query, for a tab or a list: "SELECT * FROM orders…". */
export function queryTitle(sql: string, length = 60): string {
  const flat = sql.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

/** The offset in `text` of a 1-based line and column, clamped to the text. */
export function offsetOf(text: string, position: ErrorPosition): number {
  const lines = text.split('\n');
  let offset = 0;
  for (let i = 0; i < position.line - 1 && i < lines.length; i++) offset += lines[i]!.length + 1;
  const line = lines[Math.min(position.line, lines.length) - 1] ?? '';
  return Math.min(text.length, offset + Math.max(0, Math.min(position.column - 1, line.length)));
}
