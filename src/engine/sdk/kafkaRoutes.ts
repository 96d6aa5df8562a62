import type { HttpRequest } from '@smithy/types';
import { AwsError } from '../core/errors';
import { jsonAuthError, jsonError, parseJsonBody, toJsonValue } from './jsonProtocol';
import type { DecodedCall, WireProtocol, WireResponse } from './protocol';

/**
 * Amazon MSK speaks REST-JSON: the operation is the method and path (`GET /api/v2/clusters/{clusterArn}`),
 * members travel in camelCase (jsonName = the member name with a lower-case first letter, as in the
 * @aws-sdk/client-kafka schemas), and query strings carry list filters.
 */
interface Route {
  method: string;
  /** Path segments; `{ClusterArn}` is a label. */
  path: string[];
  operation: string;
  /** Query parameter → input member. */
  query?: Record<string, string>;
}

const LIST_QUERY = {
  clusterNameFilter: 'ClusterNameFilter',
  maxResults: 'MaxResults',
  nextToken: 'NextToken',
};

export const KAFKA_ROUTES: Route[] = [
  { method: 'POST', path: ['api', 'v2', 'clusters'], operation: 'CreateClusterV2' },
  {
    method: 'GET',
    path: ['api', 'v2', 'clusters'],
    operation: 'ListClustersV2',
    query: { ...LIST_QUERY, clusterTypeFilter: 'ClusterTypeFilter' },
  },
  {
    method: 'GET',
    path: ['api', 'v2', 'clusters', '{ClusterArn}'],
    operation: 'DescribeClusterV2',
  },
  { method: 'POST', path: ['v1', 'clusters'], operation: 'CreateCluster' },
  { method: 'GET', path: ['v1', 'clusters'], operation: 'ListClusters', query: LIST_QUERY },
  { method: 'GET', path: ['v1', 'clusters', '{ClusterArn}'], operation: 'DescribeCluster' },
  {
    method: 'DELETE',
    path: ['v1', 'clusters', '{ClusterArn}'],
    operation: 'DeleteCluster',
    query: { currentVersion: 'CurrentVersion' },
  },
  {
    method: 'GET',
    path: ['v1', 'clusters', '{ClusterArn}', 'bootstrap-brokers'],
    operation: 'GetBootstrapBrokers',
  },
  {
    method: 'GET',
    path: ['v1', 'clusters', '{ClusterArn}', 'nodes'],
    operation: 'ListNodes',
    query: { maxResults: 'MaxResults', nextToken: 'NextToken' },
  },
  {
    method: 'PUT',
    path: ['v1', 'clusters', '{ClusterArn}', 'nodes', 'count'],
    operation: 'UpdateBrokerCount',
  },
  {
    method: 'GET',
    path: ['v1', 'operations', '{ClusterOperationArn}'],
    operation: 'DescribeClusterOperation',
  },
  { method: 'GET', path: ['v1', 'tags', '{ResourceArn}'], operation: 'ListTagsForResource' },
  { method: 'POST', path: ['v1', 'tags', '{ResourceArn}'], operation: 'TagResource' },
  {
    method: 'DELETE',
    path: ['v1', 'tags', '{ResourceArn}'],
    operation: 'UntagResource',
    query: { tagKeys: 'TagKeys' },
  },
];

/** Query members that are lists (repeated parameters). */
const LIST_MEMBERS = new Set(['TagKeys']);

/** Members whose values are string maps: their keys are data, never renamed. */
const MAPS = new Set(['Tags', 'tags']);

/** MSK's timestamps are ISO 8601 date-times on the wire (its model's timestamp format), not epoch seconds. */
function isoDates(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(isoDates);
  if (value === null || typeof value !== 'object' || value instanceof Uint8Array) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, isoDates(v)]));
}

/** Renames every member of a JSON value (recursively, string maps left as they are). */
export function renameMembers(value: unknown, rename: (key: string) => string): unknown {
  if (Array.isArray(value)) return value.map((v) => renameMembers(v, rename));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value))
    out[rename(key)] = MAPS.has(key) ? v : renameMembers(v, rename);
  return out;
}

const toPascal = (key: string) => key.charAt(0).toUpperCase() + key.slice(1);
const toCamel = (key: string) => key.charAt(0).toLowerCase() + key.slice(1);

function firstValue(value: unknown): string | undefined {
  const v = Array.isArray(value) ? (value[0] as unknown) : value;
  return typeof v === 'string' ? v : undefined;
}

function match(request: HttpRequest): { route: Route; labels: Record<string, string> } {
  const segments = request.path.replace(/^\/+|\/+$/g, '').split('/');
  for (const route of KAFKA_ROUTES) {
    if (route.method !== request.method.toUpperCase() || route.path.length !== segments.length)
      continue;
    const labels: Record<string, string> = {};
    const fits = route.path.every((part, i) => {
      const segment = decodeURIComponent(segments[i]!);
      if (part.startsWith('{')) labels[part.slice(1, -1)] = segment;
      return part.startsWith('{') || part === segment;
    });
    if (fits) return { route, labels };
  }
  throw new AwsError(
    'NotFoundException',
    `LakeLab does not simulate the MSK request ${request.method} ${request.path}.`,
    { statusCode: 404 },
  );
}

function queryInput(request: HttpRequest, route: Route): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [param, member] of Object.entries(route.query ?? {})) {
    const raw = request.query?.[param];
    if (LIST_MEMBERS.has(member) && raw !== undefined && raw !== null) {
      input[member] = Array.isArray(raw) ? [...(raw as string[])] : [raw];
      continue;
    }
    const value = firstValue(raw);
    if (value === undefined) continue;
    input[member] = member === 'MaxResults' ? Number(value) : value;
  }
  return input;
}

export const kafkaRestProtocol: WireProtocol = {
  decode(request: HttpRequest, body: Uint8Array): DecodedCall {
    const { route, labels } = match(request);
    const fromBody = renameMembers(parseJsonBody(body), toPascal) as Record<string, unknown>;
    return {
      service: 'kafka',
      operation: route.operation,
      input: { ...fromBody, ...queryInput(request, route), ...labels },
    };
  },
  encodeOutput(_call, output, requestId): WireResponse {
    return {
      statusCode: 200,
      headers: { 'content-type': 'application/json', 'x-amzn-requestid': requestId },
      body: JSON.stringify(renameMembers(toJsonValue(isoDates(output ?? {})), toCamel)),
    };
  },
  encodeError: (error, requestId) => jsonError(error, requestId, 'application/json'),
  authError: jsonAuthError,
};
