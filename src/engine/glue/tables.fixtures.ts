import type { Column, PartitionInput, TableInput } from '@aws-sdk/client-glue';
import { TestLake } from '../testing/TestLake';

/** Columns from `name:type` pairs: `columns('id:int', 'amount:decimal(10,2)')`. */
export function columns(...specs: string[]): Column[] {
  return specs.map((spec) => {
    const colon = spec.indexOf(':');
    return { Name: spec.slice(0, colon), Type: spec.slice(colon + 1) };
  });
}

/** A Parquet external table in s3://lake/<name>/, partitioned by the given keys. */
export function parquetTable(
  name: string,
  options: {
    columns?: Column[];
    partitionKeys?: Column[];
    description?: string;
    parameters?: Record<string, string>;
  } = {},
): TableInput {
  return {
    Name: name,
    TableType: 'EXTERNAL_TABLE',
    ...(options.description ? { Description: options.description } : {}),
    Parameters: { classification: 'parquet', compressionType: 'none', ...options.parameters },
    PartitionKeys: options.partitionKeys ?? [],
    StorageDescriptor: {
      Columns: options.columns ?? columns('id:bigint', 'amount:double'),
      Location: `s3://lake/${name.toLowerCase()}/`,
      InputFormat: 'org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat',
      OutputFormat: 'org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat',
      SerdeInfo: {
        SerializationLibrary: 'org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe',
      },
    },
  };
}

/** A partition of `table` under its location, as `key=value/` folders. */
export function partitionInput(table: TableInput, values: string[]): PartitionInput {
  const folders = (table.PartitionKeys ?? [])
    .map((key, i) => `${key.Name ?? ''}=${values[i] ?? ''}/`)
    .join('');
  return {
    Values: values,
    StorageDescriptor: {
      ...table.StorageDescriptor,
      Location: `${table.StorageDescriptor?.Location ?? ''}${folders}`,
    },
  };
}

/** The sales table: partitioned by year (string) and month (string) and day (int). */
export const salesTable = parquetTable('Sales', {
  partitionKeys: columns('year:string', 'month:string', 'day:int'),
});

/** A lake with database `shop` holding the sales table. */
export async function lakeWithSales(): Promise<TestLake> {
  const lake = new TestLake();
  await lake.call('glue', 'CreateDatabase', { DatabaseInput: { Name: 'shop' } });
  await lake.call('glue', 'CreateTable', { DatabaseName: 'shop', TableInput: salesTable });
  return lake;
}

/** Gives user `name` one inline policy. */
export async function userWithPolicy(
  lake: TestLake,
  name: string,
  statements: unknown[],
): Promise<TestLake> {
  await lake.call('iam', 'CreateUser', { UserName: name });
  await lake.call('iam', 'PutUserPolicy', {
    UserName: name,
    PolicyName: 'glue',
    PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: statements }),
  });
  return lake.as(name);
}
