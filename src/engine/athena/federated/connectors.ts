import { invalidRequest } from '../access';
import { readShopTable, shopDbTables } from '../../sources/shopdb';
import type { World } from '../../world';
import {
  documentDbDatabases,
  dynamoDbDatabases,
  redisDatabases,
  type FederatedDatabase,
} from './sources';

export type ConnectorKind = 'dynamodb' | 'documentdb' | 'redis' | 'mysql';

/** A simulated Athena data source connector (a Lambda function in AWS). */
export interface FederatedConnector {
  kind: ConnectorKind;
  /** What the connector's Lambda function would list and read. */
  databases(world: World): FederatedDatabase[];
}

/** The Lambda functions LakeLab simulates, as a student would name them after deploying the connector. */
export const CONNECTOR_FUNCTIONS: Record<ConnectorKind, string> = {
  dynamodb: 'athena-dynamodb-connector',
  documentdb: 'athena-docdb-connector',
  redis: 'athena-redis-connector',
  mysql: 'athena-mysql-connector',
};

/** The shop's relational database (the one DMS migrates from), as the MySQL connector sees it. */
function shopDatabases(world: World): FederatedDatabase[] {
  const tables = shopDbTables(world);
  const schemas = [...new Set(tables.map((t) => t.schema))];
  return schemas.map((schema) => ({
    name: schema,
    tables: tables
      .filter((t) => t.schema === schema)
      .map((t) => ({
        name: t.table,
        columns: t.columns,
        rows: readShopTable(world, schema, t.table).map((row) =>
          t.columns.map((c) => row[c.name] ?? null),
        ),
      })),
  }));
}

const KINDS: { kind: ConnectorKind; pattern: RegExp }[] = [
  { kind: 'dynamodb', pattern: /dynamo/i },
  { kind: 'documentdb', pattern: /docdb|documentdb|mongo/i },
  { kind: 'redis', pattern: /redis/i },
  { kind: 'mysql', pattern: /mysql|rds|jdbc|aurora/i },
];

/** The connector a Lambda function ARN or name stands for; InvalidRequestException when LakeLab has none. */
export function connectorFor(functionArnOrName: string): FederatedConnector {
  const name = functionArnOrName.split(':function:').pop() ?? functionArnOrName;
  const kind = KINDS.find((k) => k.pattern.test(name))?.kind;
  if (!kind)
    throw invalidRequest(
      `LakeLab simulates the DynamoDB, DocumentDB, Redis and MySQL connectors only: name the Lambda function like ${Object.values(CONNECTOR_FUNCTIONS).join(', ')}.`,
    );
  return { kind, databases: (world) => databasesOf(kind, world) };
}

function databasesOf(kind: ConnectorKind, world: World): FederatedDatabase[] {
  switch (kind) {
    case 'dynamodb':
      return dynamoDbDatabases(world.seed);
    case 'documentdb':
      return documentDbDatabases(world.seed);
    case 'redis':
      return redisDatabases(world.seed);
    case 'mysql':
      return shopDatabases(world);
  }
}
