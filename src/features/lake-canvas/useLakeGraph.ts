import { useMemo, useState } from 'react';
import type { World } from '../../engine/world';
import { useLake } from '../../store';
import { deriveLakeGraph, type LakeEdge, type LakeGraph, type LakeNode } from './graph';

/**
 * Keeps the previous object for every node whose content did not change, so React Flow (and
 * the memoised node component) re-render only the nodes a tick actually changed.
 */
export function stabilise(
  previous: ReadonlyMap<string, { key: string; node: LakeNode }>,
  nodes: readonly LakeNode[],
): Map<string, { key: string; node: LakeNode }> {
  const next = new Map<string, { key: string; node: LakeNode }>();
  for (const node of nodes) {
    const key = JSON.stringify(node);
    const old = previous.get(node.id);
    next.set(node.id, old && old.key === key ? old : { key, node });
  }
  return next;
}

/** What an edge moved between the last two renders of the graph. */
export interface EdgeFlow {
  records: number;
  bytes: number;
  seconds: number;
  /** When the flow was seen (simulated epoch ms). */
  at?: number;
}

export function flowsBetween(
  before: { at: number; edges: readonly LakeEdge[] } | undefined,
  at: number,
  edges: readonly LakeEdge[],
): Record<string, EdgeFlow> {
  const flows: Record<string, EdgeFlow> = {};
  if (!before || at <= before.at) return flows;
  const old = new Map(before.edges.map((e) => [e.id, e]));
  for (const e of edges) {
    const o = old.get(e.id);
    if (!o) continue;
    const records = e.records - o.records;
    const bytes = e.bytes - o.bytes;
    if (records > 0 || bytes > 0)
      flows[e.id] = { records, bytes, seconds: (at - before.at) / 1000 };
  }
  return flows;
}

/** How long (simulated) an edge keeps showing its last flow: objects land minutes apart. */
export const FLOW_HOLD_MS = 5 * 60_000;

/** The new flows, plus earlier ones still within FLOW_HOLD_MS so labels do not flicker between ticks. */
export function holdFlows(
  held: Record<string, EdgeFlow>,
  fresh: Record<string, EdgeFlow>,
  now: number,
): Record<string, EdgeFlow> {
  const next: Record<string, EdgeFlow> = {};
  for (const [id, flow] of Object.entries(held))
    if (now - (flow.at ?? now) <= FLOW_HOLD_MS) next[id] = flow;
  for (const [id, flow] of Object.entries(fresh)) next[id] = { ...flow, at: now };
  return next;
}

/** Remembers the previous graph: stable node objects and the flow of the last tick. */
export class GraphTracker {
  private cache = new Map<string, { key: string; node: LakeNode }>();
  private last: { at: number; edges: readonly LakeEdge[] } | undefined;
  private flows: Record<string, EdgeFlow> = {};

  track(
    world: World,
    _version?: number,
  ): { graph: LakeGraph; flows: Record<string, EdgeFlow>; now: number } {
    const derived = deriveLakeGraph(world);
    this.cache = stabilise(this.cache, derived.nodes);
    const nodes = derived.nodes.map((n) => this.cache.get(n.id)!.node);
    const now = world.clock.now;
    // A world change without time passing (a create) keeps the flows of the last tick.
    if (!this.last || now > this.last.at) {
      this.flows = holdFlows(this.flows, flowsBetween(this.last, now, derived.edges), now);
      this.last = { at: now, edges: derived.edges };
    }
    return { graph: { nodes, edges: derived.edges }, flows: this.flows, now };
  }
}

/** The lake graph, recomputed when the world changes, with stable node objects and edge flows. */
export function useLakeGraph(): { graph: LakeGraph; flows: Record<string, EdgeFlow>; now: number } {
  const engine = useLake((s) => s.engine);
  const version = useLake((s) => s.version);
  const [tracker] = useState(() => new GraphTracker());
  return useMemo(() => tracker.track(engine.world, version), [tracker, engine, version]);
}
