import { kafkaFlow } from '../../engine/kafka';
import type { World } from '../../engine/world';
import { fmt, node, type LakeGraph } from './graphModel';

export const mskNodeId = (clusterName: string) => `msk:${clusterName}`;

/** MSK clusters (state, topics, records in and out) and the edges into the Firehose streams that read them. */
export function mskNodes(world: World, graph: LakeGraph): void {
  const flows = kafkaFlow(world);
  for (const c of flows) {
    const stored = c.topics.reduce((n, t) => n + t.storedRecords, 0);
    graph.nodes.push(
      node(mskNodeId(c.clusterName), 'msk', c.clusterName, c.state, [
        c.clusterType === 'SERVERLESS' ? 'Serverless' : 'Provisioned',
        c.topics.length
          ? `${c.topics.map((t) => `${t.name} (${t.partitions} partition${t.partitions > 1 ? 's' : ''})`).join(', ')}`
          : 'No topics yet',
        `${fmt(c.incomingRecords)} records in, ${fmt(stored)} stored`,
      ]),
    );
  }
  for (const f of Object.values(world.firehose?.streams ?? {})) {
    const source = f.mskSource;
    const cluster = source && flows.find((c) => c.clusterArn === source.MSKClusterARN);
    if (!cluster) continue;
    const id = `firehose:${f.DeliveryStreamName}`;
    graph.edges.push({
      id: `${mskNodeId(cluster.clusterName)}->${id}`,
      source: mskNodeId(cluster.clusterName),
      target: id,
      records: f.counters.incomingRecords,
      bytes: f.counters.incomingBytes,
      unit: 'records',
    });
  }
}

/** The canvas node a clickstream MSK target points at. */
export function mskTargetNode(world: World, clusterArn: string): string {
  const name =
    world.kafka?.clusters[clusterArn]?.ClusterName ?? clusterArn.split('/')[1] ?? clusterArn;
  return mskNodeId(name);
}
