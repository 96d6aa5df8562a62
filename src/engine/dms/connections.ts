import type {
  DescribeConnectionsMessage,
  TestConnectionMessage,
} from '@aws-sdk/client-database-migration-service';
import type { OperationContext, OperationDef } from '../core/operations';
import { parseTrustPolicy, trustAllowsService } from '../iam/trustPolicy';
import { SHOP_DB_PORT, SHOP_DB_SERVER_NAME, SHOP_SCHEMA } from '../sources/shopdb';
import { invalidState, matchesFilters, pageOf } from './common';
import { endpointOf, MYSQL_COMPATIBLE_ENGINES } from './endpoints';
import { instanceOf } from './instances';
import { dmsState, type StoredConnection, type StoredEndpoint } from './state';

/** Why a source endpoint cannot reach the simulated shop database, or undefined when it can. */
export function sourceProblem(e: StoredEndpoint): string | undefined {
  if (e.ServerName !== SHOP_DB_SERVER_NAME)
    return `Failed to connect to database. Cannot resolve server name "${e.ServerName ?? ''}" (LakeLab's shop database is ${SHOP_DB_SERVER_NAME}, port ${SHOP_DB_PORT}).`;
  if (!MYSQL_COMPATIBLE_ENGINES.includes(e.EngineName))
    return `Failed to connect to database. ${SHOP_DB_SERVER_NAME} is a MySQL-compatible server: use engine mysql, mariadb or aurora, not ${e.EngineName}.`;
  if ((e.Port ?? SHOP_DB_PORT) !== SHOP_DB_PORT)
    return `Failed to connect to database. Connection refused on ${SHOP_DB_SERVER_NAME}:${e.Port}; MySQL listens on port ${SHOP_DB_PORT}.`;
  if (!e.Username || !e.hasPassword)
    return 'Failed to connect to database. Access denied: the endpoint needs a Username and Password.';
  if (e.DatabaseName && e.DatabaseName !== SHOP_SCHEMA)
    return `Failed to connect to database. Unknown database '${e.DatabaseName}' (the shop database has schema ${SHOP_SCHEMA}).`;
  return undefined;
}

// DMS assumes the service access role: it must exist and trust dms.amazonaws.com
// (CHAP_Target.S3.html, prerequisites for using Amazon S3 as a target).
function roleTrust(ctx: OperationContext, roleArn: string): string | undefined {
  const match = /^arn:aws:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(roleArn);
  const role = match ? ctx.world.iam.accounts[match[1]!]?.roles[match[2]!] : undefined;
  if (!role) return `Failed to assume role ${roleArn}: the role does not exist.`;
  let trusted: boolean;
  try {
    const statements = parseTrustPolicy(decodeURIComponent(role.AssumeRolePolicyDocument));
    trusted = trustAllowsService(statements, 'dms.amazonaws.com');
  } catch {
    trusted = false;
  }
  return trusted
    ? undefined
    : `Failed to assume role ${roleArn}: its trust policy must let the service principal dms.amazonaws.com call sts:AssumeRole.`;
}

/** Why an S3 target cannot be used (role missing or untrusting, bucket missing), or undefined. */
export function targetProblem(ctx: OperationContext, e: StoredEndpoint): string | undefined {
  const s3 = e.S3Settings;
  if (!s3) return 'The endpoint has no S3Settings.';
  const trust = roleTrust(ctx, s3.ServiceAccessRoleArn);
  if (trust) return trust;
  if (!ctx.world.s3.buckets[s3.BucketName])
    return `Failed to access bucket ${s3.BucketName}: NoSuchBucket, the bucket does not exist.`;
  return undefined;
}

export function endpointProblem(ctx: OperationContext, e: StoredEndpoint): string | undefined {
  return e.EndpointType === 'SOURCE' ? sourceProblem(e) : targetProblem(ctx, e);
}

export const TestConnection: OperationDef<TestConnectionMessage> = {
  run(input, ctx) {
    const instance = instanceOf(ctx, input.ReplicationInstanceArn);
    const endpoint = endpointOf(ctx, input.EndpointArn);
    if (instance.Status !== 'available')
      throw invalidState(
        `Replication instance ${instance.ReplicationInstanceIdentifier} is ${instance.Status}; test connections once it is available.`,
      );
    const problem = endpointProblem(ctx, endpoint);
    const connection: StoredConnection = {
      EndpointArn: endpoint.EndpointArn,
      EndpointIdentifier: endpoint.EndpointIdentifier,
      ReplicationInstanceArn: instance.ReplicationInstanceArn,
      ReplicationInstanceIdentifier: instance.ReplicationInstanceIdentifier,
      Status: problem ? 'failed' : 'successful',
    };
    if (problem)
      connection.LastFailureMessage = `Test connection failed for endpoint '${endpoint.EndpointIdentifier}' and replication instance '${instance.ReplicationInstanceIdentifier}'. ${problem}`;
    const state = dmsState(ctx.world);
    state.connections = state.connections.filter(
      (c) =>
        c.EndpointArn !== connection.EndpointArn ||
        c.ReplicationInstanceArn !== connection.ReplicationInstanceArn,
    );
    state.connections.push(connection);
    // The real test runs for a while and reports `testing` first; LakeLab decides at once.
    return { Connection: { ...connection } };
  },
};

export const DescribeConnections: OperationDef<DescribeConnectionsMessage> = {
  readOnly: true,
  run(input, ctx) {
    const connections = dmsState(ctx.world).connections.filter((c) =>
      matchesFilters(input.Filters, (name) => {
        if (name === 'endpoint-arn') return [c.EndpointArn];
        if (name === 'replication-instance-arn') return [c.ReplicationInstanceArn];
        return undefined;
      }),
    );
    const { page, Marker } = pageOf(connections, input);
    return { Connections: page.map((c) => ({ ...c })), ...(Marker ? { Marker } : {}) };
  },
};
