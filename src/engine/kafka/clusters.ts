import type {
  DeleteClusterRequest,
  DeleteClusterResponse,
  DescribeClusterRequest,
  DescribeClusterResponse,
  DescribeClusterV2Request,
  DescribeClusterV2Response,
  GetBootstrapBrokersRequest,
  GetBootstrapBrokersResponse,
  ListClustersRequest,
  ListClustersResponse,
  ListClustersV2Request,
  ListClustersV2Response,
} from '@aws-sdk/client-kafka';
import type { OperationContext, OperationDef } from '../core/operations';
import { bootstrapBrokers } from './bootstrap';
import { clusterInfo, clusterV2 } from './describe';
import {
  badRequest,
  CLUSTER_DELETED_EVENT,
  clusterOf,
  DELETE_DURATION_MS,
  onCluster,
} from './model';
import { kafkaState, type StoredCluster } from './state';

export const DescribeClusterV2: OperationDef<DescribeClusterV2Request, DescribeClusterV2Response> =
  {
    readOnly: true,
    authorize: onCluster('kafka:DescribeClusterV2'),
    run: (input, ctx) => ({ ClusterInfo: clusterV2(clusterOf(ctx, input.ClusterArn)) }),
  };

function provisionedOnly(cluster: StoredCluster) {
  // MSK: the v1 operations describe provisioned clusters; serverless ones need the V2 operations.
  if (!cluster.provisioned)
    throw badRequest(
      `${cluster.ClusterName} is a serverless cluster: use DescribeClusterV2 / ListClustersV2 for it.`,
    );
  return cluster.provisioned;
}

export const DescribeCluster: OperationDef<DescribeClusterRequest, DescribeClusterResponse> = {
  readOnly: true,
  authorize: onCluster('kafka:DescribeCluster'),
  run(input, ctx) {
    const cluster = clusterOf(ctx, input.ClusterArn);
    return { ClusterInfo: clusterInfo(cluster, provisionedOnly(cluster)) };
  },
};

/** Clusters sorted by name, filtered by a name prefix, a page at a time (NextToken is the next index). */
function page<T>(
  ctx: OperationContext,
  input: { ClusterNameFilter?: string; MaxResults?: number; NextToken?: string },
  keep: (c: StoredCluster) => boolean,
  shape: (c: StoredCluster) => T,
): { items: T[]; NextToken?: string } {
  const max = input.MaxResults ?? 10;
  // MSK: MaxResults is 1–100.
  if (!Number.isInteger(max) || max < 1 || max > 100)
    throw badRequest('MaxResults must be from 1 to 100.');
  const start = input.NextToken ? Number(input.NextToken) : 0;
  if (!Number.isInteger(start) || start < 0) throw badRequest('The NextToken is not valid.');
  const all = Object.values(kafkaState(ctx.world).clusters)
    .filter((c) => !input.ClusterNameFilter || c.ClusterName.startsWith(input.ClusterNameFilter))
    .filter(keep)
    .sort((a, b) => (a.ClusterName < b.ClusterName ? -1 : 1));
  const items = all.slice(start, start + max).map(shape);
  return start + max < all.length ? { items, NextToken: String(start + max) } : { items };
}

export const ListClustersV2: OperationDef<ListClustersV2Request, ListClustersV2Response> = {
  readOnly: true,
  run(input, ctx) {
    const type = input.ClusterTypeFilter;
    if (type && type !== 'PROVISIONED' && type !== 'SERVERLESS')
      throw badRequest('ClusterTypeFilter must be PROVISIONED or SERVERLESS.');
    const { items, NextToken } = page(
      ctx,
      input,
      (c) => !type || c.ClusterType === type,
      clusterV2,
    );
    return { ClusterInfoList: items, ...(NextToken ? { NextToken } : {}) };
  },
};

export const ListClusters: OperationDef<ListClustersRequest, ListClustersResponse> = {
  readOnly: true,
  run(input, ctx) {
    const { items, NextToken } = page(
      ctx,
      input,
      (c) => !!c.provisioned,
      (c) => clusterInfo(c, c.provisioned!),
    );
    return { ClusterInfoList: items, ...(NextToken ? { NextToken } : {}) };
  },
};

export const DeleteCluster: OperationDef<DeleteClusterRequest, DeleteClusterResponse> = {
  authorize: onCluster('kafka:DeleteCluster'),
  run(input, ctx) {
    const cluster = clusterOf(ctx, input.ClusterArn);
    // MSK: a cluster already DELETING takes no further operations (msk-cluster-states.html).
    if (cluster.State === 'DELETING')
      throw badRequest(`The cluster ${cluster.ClusterName} is already being deleted.`);
    // MSK: CurrentVersion, when given, must be the cluster's current version (API reference, DeleteCluster).
    if (input.CurrentVersion !== undefined && input.CurrentVersion !== cluster.CurrentVersion)
      throw badRequest(
        `The provided CurrentVersion ${input.CurrentVersion} does not match the cluster's current version ${cluster.CurrentVersion}.`,
      );
    cluster.State = 'DELETING';
    ctx.clock.schedule(ctx.now + DELETE_DURATION_MS, CLUSTER_DELETED_EVENT, {
      arn: cluster.ClusterArn,
    });
    return { ClusterArn: cluster.ClusterArn, State: cluster.State };
  },
};

export const GetBootstrapBrokers: OperationDef<
  GetBootstrapBrokersRequest,
  GetBootstrapBrokersResponse
> = {
  readOnly: true,
  authorize: onCluster('kafka:GetBootstrapBrokers'),
  run(input, ctx) {
    const cluster = clusterOf(ctx, input.ClusterArn);
    // MSK: until a cluster is ACTIVE no Amazon MSK API operation can be performed on it (msk-cluster-states.html).
    if (cluster.State !== 'ACTIVE' && cluster.State !== 'UPDATING')
      throw badRequest(
        `The cluster ${cluster.ClusterName} is ${cluster.State}: its bootstrap brokers are available once it is ACTIVE.`,
      );
    return bootstrapBrokers(cluster);
  },
};
