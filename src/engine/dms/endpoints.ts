import type {
  CreateEndpointMessage,
  DeleteEndpointMessage,
  DescribeEndpointsMessage,
  Endpoint,
} from '@aws-sdk/client-database-migration-service';
import type { OperationContext, OperationDef, RequiredAccess } from '../core/operations';
import { openShopDb } from '../sources/shopdb';
import {
  alreadyExists,
  checkIdentifier,
  invalidState,
  invalidValue,
  matchesFilters,
  newDmsArn,
  notFound,
  onResource,
  pageOf,
} from './common';
import { describeS3Settings, normaliseS3Settings } from './s3Settings';
import { dmsState, type StoredEndpoint } from './state';
import { applyTags, forgetTags } from './tags';

/** Source engines DMS accepts; the simulated shop database answers to the MySQL-compatible ones. */
export const SOURCE_ENGINES = [
  'mysql',
  'mariadb',
  'aurora',
  'postgres',
  'aurora-postgresql',
  'oracle',
  'sqlserver',
] as const;
export const MYSQL_COMPATIBLE_ENGINES = ['mysql', 'mariadb', 'aurora'];
/** Endpoint.EngineDisplayName: "The expanded name for the engine name", e.g. Amazon Aurora MySQL. */
const ENGINE_DISPLAY_NAMES: Record<string, string> = {
  mysql: 'MySQL',
  mariadb: 'MariaDB',
  aurora: 'Amazon Aurora MySQL',
  postgres: 'PostgreSQL',
  'aurora-postgresql': 'Amazon Aurora PostgreSQL',
  oracle: 'Oracle',
  sqlserver: 'Microsoft SQL Server',
  s3: 'Amazon S3',
};

export function endpointOf(ctx: OperationContext, arn: string | undefined): StoredEndpoint {
  const endpoint = arn ? dmsState(ctx.world).endpoints[arn] : undefined;
  if (!endpoint) throw notFound(`Endpoint ${String(arn)} not found.`);
  return endpoint;
}

function endpointKind(
  input: CreateEndpointMessage,
): Pick<StoredEndpoint, 'EndpointType' | 'EngineName'> {
  const type = String(input.EndpointType ?? '').toLowerCase();
  if (type !== 'source' && type !== 'target')
    throw invalidValue(
      `EndpointType must be source or target, not "${String(input.EndpointType)}".`,
    );
  const engine = String(input.EngineName ?? '').toLowerCase();
  if (type === 'target' && engine !== 's3')
    throw invalidValue(
      `LakeLab simulates S3 targets only: use EngineName s3 for a target endpoint, not "${engine}".`,
    );
  if (type === 'source' && !(SOURCE_ENGINES as readonly string[]).includes(engine))
    throw invalidValue(
      `EngineName "${engine}" is not a source engine LakeLab simulates: use ${SOURCE_ENGINES.join(', ')}.`,
    );
  return { EndpointType: type === 'source' ? 'SOURCE' : 'TARGET', EngineName: engine };
}

function storedEndpoint(input: CreateEndpointMessage, ctx: OperationContext): StoredEndpoint {
  const identifier = checkIdentifier('EndpointIdentifier', input.EndpointIdentifier);
  const kind = endpointKind(input);
  const endpoint: StoredEndpoint = {
    EndpointIdentifier: identifier,
    EndpointArn: newDmsArn(ctx, 'endpoint', input.ResourceIdentifier),
    ...kind,
    hasPassword: Boolean(input.Password),
    Status: 'active',
    createdAt: ctx.now,
  };
  if (kind.EngineName === 's3')
    endpoint.S3Settings = normaliseS3Settings(input.S3Settings, input.ServiceAccessRoleArn);
  else {
    if (input.ServerName) endpoint.ServerName = input.ServerName;
    if (input.Port !== undefined) endpoint.Port = input.Port;
    if (input.DatabaseName) endpoint.DatabaseName = input.DatabaseName;
    if (input.Username) endpoint.Username = input.Username;
  }
  return endpoint;
}

export const CreateEndpoint: OperationDef<CreateEndpointMessage> = {
  authorize(input, ctx) {
    const accesses: RequiredAccess[] = [{ action: 'dms:CreateEndpoint', resource: '*' }];
    // DMS passes the service access role to itself: the caller needs iam:PassRole on it.
    const role = input.S3Settings?.ServiceAccessRoleArn || input.ServiceAccessRoleArn;
    if (role) accesses.push({ action: 'iam:PassRole', resource: role });
    void ctx;
    return accesses;
  },
  run(input, ctx) {
    const endpoint = storedEndpoint(input, ctx);
    const state = dmsState(ctx.world);
    if (
      Object.values(state.endpoints).some(
        (e) => e.EndpointIdentifier === endpoint.EndpointIdentifier,
      )
    )
      throw alreadyExists(`Endpoint ${endpoint.EndpointIdentifier} already exists.`);
    if (state.endpoints[endpoint.EndpointArn])
      throw alreadyExists(`An endpoint with ARN ${endpoint.EndpointArn} already exists.`);
    applyTags(state, endpoint.EndpointArn, input.Tags);
    state.endpoints[endpoint.EndpointArn] = endpoint;
    // The shop database opens (and starts taking orders) once an endpoint names it.
    if (endpoint.EndpointType === 'SOURCE') openShopDb(ctx.world);
    return { Endpoint: describeEndpoint(endpoint) };
  },
};

export function describeEndpoint(e: StoredEndpoint): Endpoint {
  const out: Endpoint = {
    EndpointIdentifier: e.EndpointIdentifier,
    // DMS reports the type in upper case (SOURCE, TARGET), unlike the lower-case input values.
    EndpointType: e.EndpointType as Endpoint['EndpointType'],
    EngineName: e.EngineName,
    EngineDisplayName: ENGINE_DISPLAY_NAMES[e.EngineName] ?? e.EngineName,
    EndpointArn: e.EndpointArn,
    Status: e.Status,
    SslMode: 'none',
  };
  if (e.ServerName !== undefined) out.ServerName = e.ServerName;
  if (e.Port !== undefined) out.Port = e.Port;
  if (e.DatabaseName !== undefined) out.DatabaseName = e.DatabaseName;
  if (e.Username !== undefined) out.Username = e.Username;
  if (e.S3Settings) {
    out.S3Settings = describeS3Settings(e.S3Settings);
    out.ServiceAccessRoleArn = e.S3Settings.ServiceAccessRoleArn;
  }
  return out;
}

export const DescribeEndpoints: OperationDef<DescribeEndpointsMessage> = {
  readOnly: true,
  run(input, ctx) {
    const endpoints = Object.values(dmsState(ctx.world).endpoints).filter((e) =>
      matchesFilters(input.Filters, (name) => {
        if (name === 'endpoint-arn') return [e.EndpointArn];
        if (name === 'endpoint-type') return [e.EndpointType.toLowerCase(), e.EndpointType];
        if (name === 'endpoint-id') return [e.EndpointIdentifier];
        if (name === 'engine-name') return [e.EngineName];
        return undefined;
      }),
    );
    if ((input.Filters ?? []).length > 0 && endpoints.length === 0)
      throw notFound('No endpoints match the filters.');
    const { page, Marker } = pageOf(endpoints, input);
    return { Endpoints: page.map(describeEndpoint), ...(Marker ? { Marker } : {}) };
  },
};

export const DeleteEndpoint: OperationDef<DeleteEndpointMessage> = {
  authorize: onResource('dms:DeleteEndpoint', (i: DeleteEndpointMessage) => i.EndpointArn),
  run(input, ctx) {
    const endpoint = endpointOf(ctx, input.EndpointArn);
    const state = dmsState(ctx.world);
    const user = Object.values(state.tasks).find(
      (t) =>
        t.SourceEndpointArn === endpoint.EndpointArn ||
        t.TargetEndpointArn === endpoint.EndpointArn,
    );
    if (user)
      throw invalidState(
        `Endpoint ${endpoint.EndpointIdentifier} is used by replication task ${user.ReplicationTaskIdentifier}: delete the task first.`,
      );
    Reflect.deleteProperty(state.endpoints, endpoint.EndpointArn);
    forgetTags(state, endpoint.EndpointArn);
    state.connections = state.connections.filter((c) => c.EndpointArn !== endpoint.EndpointArn);
    return { Endpoint: { ...describeEndpoint(endpoint), Status: 'deleting' } };
  },
};
