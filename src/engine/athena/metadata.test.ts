import { describe, expect, it } from 'vitest';
import { shopLake } from './testLake.fixtures';

describe("Athena's catalog API (ListDatabases, ListTableMetadata, GetTableMetadata)", () => {
  it('lists the Glue catalog as the caller sees it', async () => {
    const lake = await shopLake();
    const dbs = await lake.call<{ DatabaseList: { Name: string }[] }>('athena', 'ListDatabases', {
      CatalogName: 'AwsDataCatalog',
    });
    expect(dbs.DatabaseList.map((d) => d.Name)).toEqual(['shop']);
    const tables = await lake.call<{
      TableMetadataList: { Name: string; PartitionKeys: { Name: string }[] }[];
    }>('athena', 'ListTableMetadata', {
      CatalogName: 'AwsDataCatalog',
      DatabaseName: 'shop',
      Expression: 'order*',
    });
    expect(tables.TableMetadataList.map((t) => t.Name)).toEqual(['order_items', 'orders']);
    const orders = await lake.call<{
      TableMetadata: { PartitionKeys: { Name: string }[]; Parameters: Record<string, string> };
    }>('athena', 'GetTableMetadata', {
      CatalogName: 'AwsDataCatalog',
      DatabaseName: 'shop',
      TableName: 'orders',
    });
    expect(orders.TableMetadata.PartitionKeys.map((k) => k.Name)).toEqual(['year', 'month']);
    expect(orders.TableMetadata.Parameters.location).toBe('s3://shop-raw-zone/shop/orders/');
  });

  it('lists a federated catalog through its connector', async () => {
    const lake = await shopLake();
    await lake.call('athena', 'CreateDataCatalog', {
      Name: 'docdb',
      Type: 'LAMBDA',
      Parameters: {
        function: 'arn:aws:lambda:us-east-1:111122223333:function:athena-docdb-connector',
      },
    });
    const tables = await lake.call<{ TableMetadataList: { Name: string }[] }>(
      'athena',
      'ListTableMetadata',
      {
        CatalogName: 'docdb',
        DatabaseName: 'reviews_db',
      },
    );
    expect(tables.TableMetadataList.map((t) => t.Name)).toEqual(['product_reviews']);
  });

  it('an unknown table is a MetadataException', async () => {
    const lake = await shopLake();
    const error = await lake.errorOf('athena', 'GetTableMetadata', {
      CatalogName: 'AwsDataCatalog',
      DatabaseName: 'shop',
      TableName: 'nope',
    });
    expect(error.name).toBe('MetadataException');
  });
});
