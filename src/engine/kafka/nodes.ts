import type { ListNodesRequest, ListNodesResponse, NodeInfo } from '@aws-sdk/client-kafka';
import type { OperationDef } from '../core/operations';
import { badRequest, clusterOf, onCluster } from './model';
import type { StoredCluster, StoredProvisioned } from './state';

const regionOf = (c: StoredCluster) => c.ClusterArn.split(':')[3] ?? 'us-east-1';

/** Broker n (1-based): brokers are spread round-robin over the client subnets, one per AZ a round. */
function brokerNode(c: StoredCluster, p: StoredProvisioned, n: number): NodeInfo {
  const subnetIndex = (n - 1) % p.ClientSubnets.length;
  return {
    AddedToClusterTime: new Date(c.CreationTime).toISOString(),
    InstanceType: p.InstanceType,
    NodeARN: `${c.ClusterArn.replace(':cluster/', ':broker/')}/${n}`,
    NodeType: 'BROKER',
    BrokerNodeInfo: {
      BrokerId: n,
      ClientSubnet: p.ClientSubnets[subnetIndex],
      ClientVpcIpAddress: `10.0.${subnetIndex}.${10 + Math.floor((n - 1) / p.ClientSubnets.length)}`,
      AttachedENIId: `eni-${c.dnsLabel}${String(n).padStart(11, '0')}`.slice(0, 21),
      CurrentBrokerSoftwareInfo: { KafkaVersion: p.KafkaVersion },
      Endpoints: [`b-${n}.${c.ClusterName}.${c.dnsLabel}.c2.kafka.${regionOf(c)}.amazonaws.com`],
    },
  };
}

// API reference, Nodes (GET /v1/clusters/{clusterArn}/nodes): the broker nodes of a provisioned
// cluster, MaxResults at a time with NextToken.
export const ListNodes: OperationDef<ListNodesRequest, ListNodesResponse> = {
  readOnly: true,
  authorize: onCluster('kafka:ListNodes'),
  run(input, ctx) {
    const cluster = clusterOf(ctx, input.ClusterArn);
    const p = cluster.provisioned;
    if (!p)
      throw badRequest(
        `${cluster.ClusterName} is a serverless cluster: it has no broker nodes to list.`,
      );
    // MSK: no API operation on a cluster before it is ACTIVE (msk-cluster-states.html).
    if (cluster.State === 'CREATING')
      throw badRequest(
        `The cluster ${cluster.ClusterName} is CREATING: its nodes are listed once it is ACTIVE.`,
      );
    const max = input.MaxResults ?? 10;
    if (!Number.isInteger(max) || max < 1 || max > 100)
      throw badRequest('MaxResults must be from 1 to 100.');
    const start = input.NextToken ? Number(input.NextToken) : 0;
    if (!Number.isInteger(start) || start < 0) throw badRequest('The NextToken is not valid.');
    const end = Math.min(start + max, p.NumberOfBrokerNodes);
    const NodeInfoList = Array.from({ length: Math.max(0, end - start) }, (_, i) =>
      brokerNode(cluster, p, start + i + 1),
    );
    return end < p.NumberOfBrokerNodes
      ? { NodeInfoList, NextToken: String(end) }
      : { NodeInfoList };
  },
};
