import { invalidRequest } from '../access';
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

let shopDatabase: ((world: World) => FederatedDatabase[]) | undefined;

/** The shop's relational database (served by the DMS source module) registers itself here. */
export function registerMySqlSource(source: (world: World) => FederatedDatabase[]): void {
  shopDatabase = source;
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
      return shopDatabase?.(world) ?? [];
  }
}
