import type { World } from '../world';
import type { ClusterState, ClusterType, KafkaClusterCounters } from './state';

/** What the lake canvas shows on an MSK cluster node. */
export interface KafkaFlow extends KafkaClusterCounters {
  clusterArn: string;
  clusterName: string;
  clusterType: ClusterType;
  state: ClusterState;
  topics: { name: string; partitions: number; storedRecords: number }[];
}

/** Flow counters per cluster: records and bytes produced and consumed, and its topics. */
export function kafkaFlow(world: World): KafkaFlow[] {
  return Object.values(world.kafka?.clusters ?? {}).map((c) => ({
    ...c.counters,
    clusterArn: c.ClusterArn,
    clusterName: c.ClusterName,
    clusterType: c.ClusterType,
    state: c.State,
    topics: Object.values(c.topics).map((t) => ({
      name: t.name,
      partitions: t.partitions.length,
      storedRecords: t.partitions.reduce((n, p) => n + p.records.length, 0),
    })),
  }));
}
