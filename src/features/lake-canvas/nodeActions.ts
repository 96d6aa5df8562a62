import type { World } from '../../engine/world';
import type { LakeNode } from './graph';

/** An AWS call a node's button makes. */
export interface NodeCall {
  label: string;
  service: string;
  operation: string;
  input: unknown;
}

const nameOf = (node: LakeNode) => node.id.slice(node.id.indexOf(':') + 1);

function dmsTaskArn(world: World, identifier: string): string {
  return (
    Object.values(world.dms?.tasks ?? {}).find((t) => t.ReplicationTaskIdentifier === identifier)
      ?.ReplicationTaskArn ?? identifier
  );
}

function dataSyncTaskArn(world: World, id: string): string {
  return Object.keys(world.datasync?.tasks ?? {}).find((arn) => arn.endsWith(`/${id}`)) ?? id;
}

/** The call that deletes the node's resource, or undefined for what is not an AWS resource. */
export function deleteCallOf(world: World, node: LakeNode): NodeCall | undefined {
  const name = nameOf(node);
  switch (node.kind) {
    case 'bucket':
      return { label: 'bucket', service: 's3', operation: 'DeleteBucket', input: { Bucket: name } };
    case 'kinesis':
      return {
        label: 'Kinesis data stream',
        service: 'kinesis',
        operation: 'DeleteStream',
        input: { StreamName: name },
      };
    case 'firehose':
      return {
        label: 'Firehose stream',
        service: 'firehose',
        operation: 'DeleteDeliveryStream',
        input: { DeliveryStreamName: name },
      };
    case 'dms':
      return {
        label: 'replication task',
        service: 'dms',
        operation: 'DeleteReplicationTask',
        input: { ReplicationTaskArn: dmsTaskArn(world, name) },
      };
    case 'datasync':
      return {
        label: 'DataSync task',
        service: 'datasync',
        operation: 'DeleteTask',
        input: { TaskArn: dataSyncTaskArn(world, name) },
      };
    case 'transfer':
      return {
        label: 'Transfer Family server',
        service: 'transfer',
        operation: 'DeleteServer',
        input: { ServerId: name },
      };
    case 'storagegateway':
      return {
        label: 'Storage Gateway (and its file shares)',
        service: 'storagegateway',
        operation: 'DeleteGateway',
        input: {
          GatewayARN:
            Object.keys(world.storagegateway?.gateways ?? {}).find((a) => a.endsWith(`/${name}`)) ??
            name,
        },
      };
    case 'msk':
      return {
        label: 'Amazon MSK cluster (and its topics)',
        service: 'kafka',
        operation: 'DeleteCluster',
        input: {
          ClusterArn:
            Object.values(world.kafka?.clusters ?? {}).find((c) => c.ClusterName === name)
              ?.ClusterArn ?? name,
        },
      };
    case 'appflow':
      return {
        label: 'flow',
        service: 'appflow',
        operation: 'DeleteFlow',
        input: { flowName: name, forceDelete: true },
      };
    default:
      return undefined;
  }
}

/** Run/stop buttons a node offers (start a task, run a flow…). */
export function runCallsOf(world: World, node: LakeNode): NodeCall[] {
  const name = nameOf(node);
  switch (node.kind) {
    case 'dms': {
      const arn = dmsTaskArn(world, name);
      return node.status === 'running' || node.status === 'starting'
        ? [
            {
              label: 'Stop task',
              service: 'dms',
              operation: 'StopReplicationTask',
              input: { ReplicationTaskArn: arn },
            },
          ]
        : [
            {
              label: 'Start task',
              service: 'dms',
              operation: 'StartReplicationTask',
              input: {
                ReplicationTaskArn: arn,
                StartReplicationTaskType:
                  node.status === 'ready' ? 'start-replication' : 'reload-target',
              },
            },
          ];
    }
    case 'datasync':
      return [
        {
          label: 'Start task execution',
          service: 'datasync',
          operation: 'StartTaskExecution',
          input: { TaskArn: dataSyncTaskArn(world, name) },
        },
      ];
    case 'appflow':
      return [
        {
          label: 'Run flow',
          service: 'appflow',
          operation: 'StartFlow',
          input: { flowName: name },
        },
      ];
    default:
      return [];
  }
}
