import type { SourcePosition } from './errors';

/** A table or view named in a statement: `[db.]name`, as written (lower-cased by the executor). */
export interface TableRef {
  database?: string;
  name: string;
  at: SourcePosition;
}

export interface ColumnDef {
  name: string;
  /** Hive type text, lower-cased, without spaces: `array<struct<a:int,b:string>>`, `decimal(10,2)`. */
  type: string;
  comment?: string;
}

/** `ROW FORMAT DELIMITED …` clauses, as LazySimpleSerDe parameters. */
export interface DelimitedFormat {
  kind: 'DELIMITED';
  fieldsTerminatedBy?: string;
  escapedBy?: string;
  collectionItemsTerminatedBy?: string;
  mapKeysTerminatedBy?: string;
  linesTerminatedBy?: string;
  nullDefinedAs?: string;
}

export interface SerdeFormat {
  kind: 'SERDE';
  serde: string;
}

export type RowFormat = DelimitedFormat | SerdeFormat;

/** `STORED AS <name>` or `STORED AS INPUTFORMAT '…' OUTPUTFORMAT '…'`. */
export type StoredAs =
  | { kind: 'NAMED'; format: string }
  | { kind: 'CLASSES'; inputFormat: string; outputFormat: string };

export type Properties = Record<string, string>;

export interface PartitionSpec {
  /** Partition key → value, in the order written. */
  values: Array<{ key: string; value: string }>;
  location?: string;
  at: SourcePosition;
}

export interface CreateDatabase {
  type: 'CreateDatabase';
  name: string;
  ifNotExists: boolean;
  comment?: string;
  location?: string;
  properties: Properties;
}

export interface CreateExternalTable {
  type: 'CreateExternalTable';
  table: TableRef;
  ifNotExists: boolean;
  columns: ColumnDef[];
  comment?: string;
  partitionedBy: ColumnDef[];
  clusteredBy?: { columns: string[]; buckets: number };
  rowFormat?: RowFormat;
  serdeProperties: Properties;
  storedAs?: StoredAs;
  location?: string;
  tblProperties: Properties;
}

export interface DropTable {
  type: 'DropTable';
  table: TableRef;
  ifExists: boolean;
}

export interface DropDatabase {
  type: 'DropDatabase';
  name: string;
  ifExists: boolean;
  cascade: boolean;
}

export interface MsckRepair {
  type: 'MsckRepair';
  table: TableRef;
}

export interface AlterAddPartitions {
  type: 'AlterAddPartitions';
  table: TableRef;
  ifNotExists: boolean;
  partitions: PartitionSpec[];
}

export interface AlterDropPartitions {
  type: 'AlterDropPartitions';
  table: TableRef;
  ifExists: boolean;
  partitions: PartitionSpec[];
}

export interface AlterSetLocation {
  type: 'AlterSetLocation';
  table: TableRef;
  partition?: PartitionSpec;
  location: string;
}

export interface AlterSetTblProperties {
  type: 'AlterSetTblProperties';
  table: TableRef;
  properties: Properties;
}

/** `ALTER TABLE t ADD COLUMNS (…)` appends columns; `REPLACE COLUMNS (…)` replaces all data columns. */
export interface AlterColumns {
  type: 'AlterColumns';
  table: TableRef;
  mode: 'ADD' | 'REPLACE';
  columns: ColumnDef[];
}

export interface ShowDatabases {
  type: 'ShowDatabases';
  like?: string;
}

export interface ShowTables {
  type: 'ShowTables';
  database?: string;
  pattern?: string;
}

export interface ShowViews {
  type: 'ShowViews';
  database?: string;
  pattern?: string;
}

export interface ShowPartitions {
  type: 'ShowPartitions';
  table: TableRef;
}

export interface ShowColumns {
  type: 'ShowColumns';
  table: TableRef;
}

export interface ShowCreateTable {
  type: 'ShowCreateTable';
  table: TableRef;
}

export interface ShowTblProperties {
  type: 'ShowTblProperties';
  table: TableRef;
  property?: string;
}

export interface Describe {
  type: 'Describe';
  mode: 'PLAIN' | 'EXTENDED' | 'FORMATTED';
  table: TableRef;
  partition?: PartitionSpec;
  column?: string;
}

export interface CreateView {
  type: 'CreateView';
  view: TableRef;
  orReplace: boolean;
  /** The SELECT text, as written. */
  query: string;
}

export interface DropView {
  type: 'DropView';
  view: TableRef;
  ifExists: boolean;
}

/** A CTAS `WITH (…)` property value: text, a number, a boolean or `ARRAY['a', …]`. */
export type CtasValue = string | number | boolean | string[];

export interface Ctas {
  type: 'Ctas';
  table: TableRef;
  ifNotExists: boolean;
  /** Property names as written (Athena requires lower case for `format`). */
  properties: Record<string, { value: CtasValue; at: SourcePosition }>;
  /** The SELECT text, as written. */
  query: string;
  withData: boolean;
}

export interface InsertInto {
  type: 'InsertInto';
  table: TableRef;
  columns?: string[];
  query: string;
}

export interface Explain {
  type: 'Explain';
  /** `EXPLAIN (TYPE DISTRIBUTED) …` options, as written. */
  options: string[];
  query: string;
  analyze: boolean;
}

export type UtilityStatement =
  | CreateDatabase
  | CreateExternalTable
  | DropTable
  | DropDatabase
  | MsckRepair
  | AlterAddPartitions
  | AlterDropPartitions
  | AlterSetLocation
  | AlterSetTblProperties
  | AlterColumns
  | ShowDatabases
  | ShowTables
  | ShowViews
  | ShowPartitions
  | ShowColumns
  | ShowCreateTable
  | ShowTblProperties
  | Describe
  | CreateView
  | DropView
  | Ctas
  | InsertInto
  | Explain;
