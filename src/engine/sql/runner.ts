/**
 * The contract between the Athena service (which plans a query: tables, partitions, files,
 * bytes scanned) and whatever runs SQL on sql.js: a Web Worker in the browser, the same
 * code in-process in Node tests. The runner decodes the files, materialises them as SQLite
 * tables (cached by ETag), runs the translated SQL and returns typed rows.
 *
 * Sandboxing (Lake Formation): a request carries only what the principal may read — the
 * permitted columns of the permitted tables, and row filters already in `rowFilter`. The
 * runner builds its database from the request alone, so nothing else exists to be found.
 */

/** The serialisation of the files under a table, from its StorageDescriptor. */
export type SqlFileFormat = 'csv' | 'json' | 'parquet';

export interface SqlTextOptions {
  /** `field.delim`/`separatorChar`: `,` by default for OpenCSVSerde, `\u0001` for LazySimpleSerDe. */
  delimiter: string;
  /** OpenCSVSerde honours quotes; LazySimpleSerDe does not. */
  quoteChar?: string;
  escapeChar?: string;
  /** `skip.header.line.count` from the table properties. */
  skipHeaderLines: number;
  /** LazySimpleSerDe `serialization.null.format` (default `\N`). */
  nullFormat?: string;
}

/** One S3 object that a query reads. */
export interface SqlSourceFile {
  bucket: string;
  key: string;
  /** Cache key: the same ETag means the same bytes. */
  etag: string;
  bytes: Uint8Array;
  /** The values of the partition this file belongs to, by partition key. */
  partitionValues: Record<string, string>;
}

export interface SqlColumn {
  name: string;
  /** The Hive/Glue type of the column (`bigint`, `string`, `array<string>`, …). */
  type: string;
  /**
   * Text formats (CSV/TSV): the column's position among the table's data columns (0-based),
   * needed when columns the principal may not read are left out. Defaults to its order here.
   */
  fieldIndex?: number;
  /**
   * Read only to evaluate `rowFilter`, then dropped: a data filter may test a column the
   * principal may not see (a cell filter's row condition), which must not stay in the sandbox.
   */
  filterOnly?: boolean;
}

/** A table as the runner must materialise it. */
export interface SqlTableInput {
  /** The SQLite name the translated SQL uses for this table. */
  sqliteName: string;
  format: SqlFileFormat;
  text?: SqlTextOptions;
  /** JSON SerDe `case.insensitive` etc. are not modelled: keys match column names case-insensitively. */
  /** Data columns then partition keys, in catalog order; only those the principal may read. */
  columns: SqlColumn[];
  partitionKeys: string[];
  files: SqlSourceFile[];
  /** A SQLite boolean expression over the columns (a Lake Formation row filter, translated). */
  rowFilter?: string;
  /** Rows that come from a simulated federated source instead of files. */
  rows?: Array<Array<string | number | null>>;
}

export interface SqlRunRequest {
  /** The QueryExecutionId, so the run can be cancelled. */
  id: string;
  /** The query in the SQLite dialect (already translated), using the tables' sqliteName. */
  sql: string;
  tables: SqlTableInput[];
  /** Differs between principals whose grants differ: a cached database is reused only within one sandbox. */
  sandboxKey: string;
  /**
   * Write the result as Athena's CSV file in the runner (off the main thread) with these
   * column names and types, and return only the first `keepRows` rows as values.
   */
  resultCsv?: { names: string[]; types: string[]; keepRows: number };
  /** The simulated time of the query (epoch ms), returned by `lakelab_now()`. */
  nowMs?: number;
}

export type SqlValue = string | number | null;

export interface SqlRunResult {
  columns: string[];
  rows: SqlValue[][];
  /** Files actually decoded by this run (0 when every table came from the cache). */
  filesDecoded: number;
  /** With `resultCsv`: the whole result as Athena's CSV bytes, and its number of rows. */
  csv?: Uint8Array;
  /** The CSV's MD5 (its S3 ETag), computed beside it so the main thread need not. */
  csvMd5?: string;
  rowCount?: number;
}

/** A failure the runner reports: Athena error names such as HIVE_BAD_DATA or SYNTAX_ERROR. */
export interface SqlRunError {
  errorType: string;
  message: string;
}

export interface SqlRunner {
  /**
   * Runs in the caller's thread (sql.js in Node): Athena then finishes a query within
   * StartQueryExecution, so clients that poll without ever yielding to the event loop still
   * see it end. A worker runner leaves it unset and queries finish asynchronously.
   */
  readonly inline?: boolean;
  run(request: SqlRunRequest): Promise<SqlRunResult>;
  /** Stops a running query; its `run` promise rejects with errorType `USER_CANCELLED`. */
  cancel(id: string): void;
}

let defaultRunner: SqlRunner | undefined;

/** The app installs its worker-backed runner at start; Node tests use the in-process one. */
export function setDefaultSqlRunner(runner: SqlRunner | undefined): void {
  defaultRunner = runner;
}

export function getDefaultSqlRunner(): SqlRunner | undefined {
  return defaultRunner;
}
