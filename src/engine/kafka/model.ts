import { AwsError } from '../core/errors';
import { serviceArn } from '../core/ids';
import type { OperationContext, RequiredAccess } from '../core/operations';
import { kafkaState, type ClusterType, type StoredCluster } from './state';

// MSK creation times are not documented; LakeLab uses typical observed ones [secondary: provisioned
// clusters take about 20–40 minutes, serverless ones about 5–10].
export const CREATE_DURATION_MS: Record<ClusterType, number> = {
  PROVISIONED: 25 * 60_000,
  SERVERLESS: 5 * 60_000,
};
/** How long a cluster stays DELETING before it is gone [unconfirmed: a few minutes]. */
export const DELETE_DURATION_MS = 5 * 60_000;
export const CLUSTER_ACTIVE_EVENT = 'kafka:clusterActive';
export const CLUSTER_DELETED_EVENT = 'kafka:clusterDeleted';

export const badRequest = (message: string) =>
  new AwsError('BadRequestException', message, { statusCode: 400 });
export const conflict = (message: string) =>
  new AwsError('ConflictException', message, { statusCode: 409 });
export const notFound = (message: string) =>
  new AwsError('NotFoundException', message, { statusCode: 404 });

/** arn:aws:kafka:<region>:<account>:cluster/<name>/<uuid>-<n>, as MSK names clusters. */
export function clusterArnFor(ctx: OperationContext, name: string): string {
  const h = ctx.rng.hex(32);
  const uuid = `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  return serviceArn(
    'kafka',
    ctx.world.defaultAccountId,
    `cluster/${name}/${uuid}-${ctx.rng.int(1, 26)}`,
    ctx.world.region,
  );
}

/** The topic ARN IAM access control uses: arn:aws:kafka:…:topic/<cluster name>/<cluster uuid>/<topic>. */
export function topicArnOf(cluster: StoredCluster, topic: string): string {
  return `${cluster.ClusterArn.replace(':cluster/', ':topic/')}/${topic}`;
}

export function clusterOf(ctx: OperationContext, arn: string | undefined): StoredCluster {
  if (!arn) throw badRequest('ClusterArn is a required parameter.');
  const cluster = kafkaState(ctx.world).clusters[arn];
  if (!cluster)
    throw notFound(
      `The cluster with ARN ${arn} does not exist. Check the ARN and the Region, and try again.`,
    );
  return cluster;
}

/** The IAM access for an operation on the cluster the input names. */
export function onCluster(action: string) {
  return (input: { ClusterArn?: string }): RequiredAccess[] => [
    { action, resource: input.ClusterArn ?? '*' },
  ];
}

/** A new CurrentVersion string (MSK's look like K3AEGXETSR30VB). */
export const newClusterVersion = (ctx: OperationContext) => ctx.rng.alphanumeric(14).toUpperCase();
