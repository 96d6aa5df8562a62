import type {
  ClusterOperationInfo,
  DescribeClusterOperationRequest,
  DescribeClusterOperationResponse,
  UpdateBrokerCountRequest,
  UpdateBrokerCountResponse,
} from '@aws-sdk/client-kafka';
import type { OperationContext, OperationDef } from '../core/operations';
import type { World } from '../world';
import { badRequest, clusterOf, newClusterVersion, notFound, onCluster } from './model';
import { kafkaState, type StoredClusterOperation } from './state';

/** How long adding or removing brokers takes [unconfirmed: MSK takes tens of minutes]. */
export const BROKER_COUNT_UPDATE_MS = 15 * 60_000;
export const BROKER_COUNT_DONE_EVENT = 'kafka:brokerCountDone';

function checkTarget(target: number | undefined, current: number, subnets: number): number {
  if (target === undefined) throw badRequest('TargetNumberOfBrokerNodes is a required parameter.');
  // MSK: the broker count stays a multiple of the number of client subnets (one broker per AZ per round).
  if (!Number.isInteger(target) || target < 1 || target % subnets !== 0)
    throw badRequest(
      `TargetNumberOfBrokerNodes must be a positive multiple of the number of client subnets (${subnets}).`,
    );
  if (target === current) throw badRequest(`The cluster already has ${current} broker nodes.`);
  return target;
}

function operationArnOf(ctx: OperationContext, clusterArn: string): string {
  const h = ctx.rng.hex(32);
  const uuid = `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  return `${clusterArn.replace(':cluster/', ':cluster-operation/')}/${uuid}`;
}

// API reference, Broker Count (PUT /v1/clusters/{clusterArn}/nodes/count): the update returns at once
// with a ClusterOperationArn; the operation goes PENDING → UPDATE_COMPLETE and the cluster is UPDATING
// meanwhile (msk-cluster-states.html); a successful operation generates a new CurrentVersion.
export const UpdateBrokerCount: OperationDef<UpdateBrokerCountRequest, UpdateBrokerCountResponse> =
  {
    authorize: onCluster('kafka:UpdateBrokerCount'),
    run(input, ctx) {
      const cluster = clusterOf(ctx, input.ClusterArn);
      if (!cluster.provisioned)
        throw badRequest(
          `${cluster.ClusterName} is a serverless cluster: it has no brokers to count.`,
        );
      if (!input.CurrentVersion) throw badRequest('CurrentVersion is a required parameter.');
      // MSK: update operations need an ACTIVE cluster (msk-cluster-states.html).
      if (cluster.State !== 'ACTIVE')
        throw badRequest(
          `The cluster ${cluster.ClusterName} is ${cluster.State}: it can be updated once it is ACTIVE.`,
        );
      if (input.CurrentVersion !== cluster.CurrentVersion)
        throw badRequest(
          `The provided CurrentVersion ${input.CurrentVersion} does not match the cluster's current version ${cluster.CurrentVersion}.`,
        );
      const p = cluster.provisioned;
      const target = checkTarget(
        input.TargetNumberOfBrokerNodes,
        p.NumberOfBrokerNodes,
        p.ClientSubnets.length,
      );
      const operation: StoredClusterOperation = {
        OperationArn: operationArnOf(ctx, cluster.ClusterArn),
        ClusterArn: cluster.ClusterArn,
        OperationType:
          target > p.NumberOfBrokerNodes ? 'INCREASE_BROKER_COUNT' : 'DECREASE_BROKER_COUNT',
        OperationState: 'PENDING',
        CreationTime: ctx.now,
        source: p.NumberOfBrokerNodes,
        target,
        nextVersion: newClusterVersion(ctx),
      };
      (kafkaState(ctx.world).operations ??= {})[operation.OperationArn] = operation;
      cluster.State = 'UPDATING';
      ctx.clock.schedule(ctx.now + BROKER_COUNT_UPDATE_MS, BROKER_COUNT_DONE_EVENT, {
        operationArn: operation.OperationArn,
      });
      return { ClusterArn: cluster.ClusterArn, ClusterOperationArn: operation.OperationArn };
    },
  };

/** The clock event: the brokers are added (or removed); the cluster is ACTIVE with a new version. */
export function finishBrokerCount(world: World, operationArn: string, now: number): void {
  const operation = world.kafka?.operations?.[operationArn];
  if (!operation || operation.OperationState === 'UPDATE_COMPLETE') return;
  operation.OperationState = 'UPDATE_COMPLETE';
  operation.EndTime = now;
  const cluster = world.kafka?.clusters[operation.ClusterArn];
  if (cluster?.State !== 'UPDATING' || !cluster.provisioned) return;
  cluster.provisioned.NumberOfBrokerNodes = operation.target;
  cluster.CurrentVersion = operation.nextVersion;
  cluster.State = 'ACTIVE';
}

function operationInfo(o: StoredClusterOperation): ClusterOperationInfo {
  return {
    ClusterArn: o.ClusterArn,
    OperationArn: o.OperationArn,
    OperationType: o.OperationType,
    OperationState: o.OperationState,
    CreationTime: new Date(o.CreationTime),
    ...(o.EndTime !== undefined ? { EndTime: new Date(o.EndTime) } : {}),
    SourceClusterInfo: { NumberOfBrokerNodes: o.source },
    TargetClusterInfo: { NumberOfBrokerNodes: o.target },
  };
}

export const DescribeClusterOperation: OperationDef<
  DescribeClusterOperationRequest,
  DescribeClusterOperationResponse
> = {
  readOnly: true,
  authorize: (input) => [
    { action: 'kafka:DescribeClusterOperation', resource: input.ClusterOperationArn ?? '*' },
  ],
  run(input, ctx) {
    if (!input.ClusterOperationArn)
      throw badRequest('ClusterOperationArn is a required parameter.');
    const operation = kafkaState(ctx.world).operations?.[input.ClusterOperationArn];
    if (!operation)
      throw notFound(`The cluster operation ${input.ClusterOperationArn} does not exist.`);
    return { ClusterOperationInfo: operationInfo(operation) };
  },
};
