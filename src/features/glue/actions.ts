import type { Column, DatabaseInput, StorageDescriptor, TableInput } from '@aws-sdk/client-glue';
import type { LakeState } from '../../store';

/** The store's `call`: an AWS operation as the signed-in principal. */
export type Call = LakeState['call'];

export type TableFormat = 'csv' | 'json' | 'parquet';

const TEXT_INPUT = 'org.apache.hadoop.mapred.TextInputFormat';
const TEXT_OUTPUT = 'org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat';

/** The formats and SerDe the Glue console's "Add table" fills in for each data format. */
export const FORMAT_STORAGE: Record<
  TableFormat,
  Pick<StorageDescriptor, 'InputFormat' | 'OutputFormat' | 'SerdeInfo'>
> = {
  csv: {
    InputFormat: TEXT_INPUT,
    OutputFormat: TEXT_OUTPUT,
    SerdeInfo: {
      SerializationLibrary: 'org.apache.hadoop.hive.serde2.lazy.LazySimpleSerDe',
      Parameters: { 'field.delim': ',' },
    },
  },
  json: {
    InputFormat: TEXT_INPUT,
    OutputFormat: TEXT_OUTPUT,
    SerdeInfo: { SerializationLibrary: 'org.openx.data.jsonserde.JsonSerDe', Parameters: {} },
  },
  parquet: {
    InputFormat: 'org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat',
    OutputFormat: 'org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat',
    SerdeInfo: {
      SerializationLibrary: 'org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe',
      Parameters: { 'serialization.format': '1' },
    },
  },
};

export interface NewDatabase {
  name: string;
  description: string;
  locationUri: string;
}

export function createDatabaseInput(db: NewDatabase): { DatabaseInput: DatabaseInput } {
  return {
    DatabaseInput: {
      Name: db.name,
      ...(db.description ? { Description: db.description } : {}),
      ...(db.locationUri ? { LocationUri: db.locationUri } : {}),
    },
  };
}

export interface ColumnDraft {
  name: string;
  type: string;
}

export interface NewTable {
  name: string;
  description: string;
  location: string;
  format: TableFormat;
  columns: ColumnDraft[];
  partitionKeys: ColumnDraft[];
}

const toColumns = (drafts: ColumnDraft[]): Column[] =>
  drafts.map((c) => ({ Name: c.name.trim(), Type: c.type.trim() }));

/** The TableInput the console's manual "Add table" sends: an external table with the format's SerDe. */
export function tableInputOf(table: NewTable): TableInput {
  return {
    Name: table.name,
    ...(table.description ? { Description: table.description } : {}),
    TableType: 'EXTERNAL_TABLE',
    Parameters: { classification: table.format },
    PartitionKeys: toColumns(table.partitionKeys),
    StorageDescriptor: {
      Columns: toColumns(table.columns),
      Location: table.location,
      ...FORMAT_STORAGE[table.format],
    },
  };
}

export const createTableInput = (database: string, table: NewTable) => ({
  DatabaseName: database,
  TableInput: tableInputOf(table),
});

/**
 * The UpdateTable input that replaces a table's columns, keeping everything else. Only the
 * fields TableInput accepts are copied from the Table (Glue rejects read-only ones).
 */
export function updateColumnsInput(
  database: string,
  table: TableInput & { StorageDescriptor?: StorageDescriptor },
  columns: ColumnDraft[],
) {
  const { Name, Description, Owner, Retention, PartitionKeys, TableType, Parameters } = table;
  return {
    DatabaseName: database,
    TableInput: {
      Name,
      ...(Description !== undefined ? { Description } : {}),
      ...(Owner !== undefined ? { Owner } : {}),
      ...(Retention !== undefined ? { Retention } : {}),
      ...(TableType !== undefined ? { TableType } : {}),
      ...(Parameters !== undefined ? { Parameters } : {}),
      PartitionKeys: PartitionKeys ?? [],
      StorageDescriptor: { ...table.StorageDescriptor, Columns: toColumns(columns) },
    },
  };
}

export async function deleteDatabase(call: Call, name: string): Promise<void> {
  await call('glue', 'DeleteDatabase', { Name: name }, { quiet: true });
}

export async function deleteTable(call: Call, database: string, name: string): Promise<void> {
  await call('glue', 'DeleteTable', { DatabaseName: database, Name: name }, { quiet: true });
}
