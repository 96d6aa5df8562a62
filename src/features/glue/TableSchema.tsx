import type { Table } from '@aws-sdk/client-glue';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import { navigate } from '../../store/router';
import { tablePath } from './paths';
import { SchemaTree, schemaRowOf, type SchemaRow } from './SchemaTree';
import { typeNode } from './typeTree';

/** The Schema tab: columns then partition keys, nested types expandable. */
export function TableSchema({ database, table }: { database: string; table: Table }) {
  const columns = table.StorageDescriptor?.Columns ?? [];
  const keys = table.PartitionKeys ?? [];
  const rows: SchemaRow[] = [
    ...columns.map((c) =>
      schemaRowOf(typeNode(c.Name ?? '', c.Type ?? ''), '', { comment: c.Comment }),
    ),
    ...keys.map((c) =>
      schemaRowOf(typeNode(c.Name ?? '', c.Type ?? ''), '', {
        comment: c.Comment,
        isPartitionKey: true,
      }),
    ),
  ];
  return (
    <SchemaTree
      rows={rows}
      header={
        <Header
          counter={`(${rows.length})`}
          description={`Version ${table.VersionId ?? '0'}. ${keys.length} partition key${keys.length === 1 ? '' : 's'}.`}
          actions={
            <Button
              onClick={() => navigate(`${tablePath(database, table.Name ?? '')}/edit-schema`)}
            >
              Edit schema
            </Button>
          }
        >
          Schema
        </Header>
      }
    />
  );
}
