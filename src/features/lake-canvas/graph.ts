import type { World } from '../../engine/world';
import { bucketId, node, type LakeGraph } from './graphModel';
import { gatewayNodes } from './graphGateway';
import { dmsNodes, fileNodes, saasNodes, streamingNodes } from './graphServices';

export type { LakeEdge, LakeGraph, LakeNode, LakeNodeKind, NodeHealth } from './graphModel';
export { parseS3Target } from './graphModel';

function bucketNodes(world: World, graph: LakeGraph): void {
  for (const b of Object.values(world.s3.buckets)) {
    const id = bucketId(b.Name);
    const prefixes = [
      ...new Set(graph.edges.filter((e) => e.target === id && e.prefix).map((e) => e.prefix!)),
    ].map((prefix) => ({ prefix, count: 0, bytes: 0 }));
    let count = 0;
    let bytes = 0;
    for (const o of Object.values(b.objects)) {
      count++;
      bytes += o.Body.byteLength;
      for (const p of prefixes)
        if (o.Key.startsWith(p.prefix)) {
          p.count++;
          p.bytes += o.Body.byteLength;
        }
    }
    const n = node(id, 'bucket', b.Name, zoneOf(b.Name), []);
    n.health = 'active';
    n.objects = { count, bytes };
    if (prefixes.length) n.prefixes = prefixes;
    graph.nodes.push(n);
  }
}

/** The lake zone a bucket's name suggests (raw / processed / curated), or "bucket". */
export function zoneOf(bucket: string): string {
  const zone = ['raw', 'processed', 'curated'].find((z) => bucket.includes(z));
  return zone ? `${zone} zone` : 'bucket';
}

/** The canvas's graph, derived from the world only: whatever created a resource, it appears. */
export function deriveLakeGraph(world: World): LakeGraph {
  const graph: LakeGraph = { nodes: [], edges: [] };
  streamingNodes(world, graph);
  dmsNodes(world, graph);
  fileNodes(world, graph);
  gatewayNodes(world, graph);
  saasNodes(world, graph);
  bucketNodes(world, graph);
  // An edge whose end is gone (a deleted bucket) is dropped rather than drawn to nowhere.
  const ids = new Set(graph.nodes.map((n) => n.id));
  graph.edges = graph.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  return graph;
}
