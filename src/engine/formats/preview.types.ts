import type { Compression } from './compression';
import type { FileFormat } from './detect';
import type { GlueType } from './glueTypes';

export interface PreviewColumn {
  name: string;
  type: GlueType;
}

export interface ObjectPreview {
  format: FileFormat;
  compression: Compression;
  columns: PreviewColumn[];
  rows: unknown[][];
  /** Data rows in the whole object, when the preview read all of it (or the Parquet footer says). */
  totalRowsKnown?: number;
  /** True when the object holds more rows than `rows`. */
  truncated: boolean;
  warnings: string[];
  /** CSV/TSV: the delimiter used and whether the first row was read as a header. */
  delimiter?: string;
  hasHeader?: boolean;
}

export interface PreviewOptions {
  maxRows?: number;
  /** CSV: force the first row to be (or not be) a header instead of Glue's rule. */
  header?: boolean;
  /** How many decompressed bytes a text preview reads at most. */
  headBytes?: number;
}

/** A text preview reads this much of the object: enough for 100 rows of almost any file. */
export const PREVIEW_HEAD_BYTES = 256 * 1024;
export const DEFAULT_PREVIEW_ROWS = 100;
