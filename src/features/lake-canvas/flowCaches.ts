import type { Edge } from '@xyflow/react';
import type { Draft } from './canvasUi';
import type { LakeGraph, LakeNode } from './graph';
import { paletteEntry } from './kinds';
import type { Point } from './layout';
import type { DraftFlowNode, LakeFlowNode } from './LakeNodeCard';
import type { Size } from './viewFit';

type FlowNode = LakeFlowNode | DraftFlowNode;

/** The previous array when it holds the same objects: React Flow then skips its edge update. */
function sameItems<T>(previous: T[], next: T[]): T[] {
  return previous.length === next.length && next.every((item, i) => item === previous[i])
    ? previous
    : next;
}

const samePoint = (a: Point, b: Point) => a.x === b.x && a.y === b.y;
const sameSize = (a: Partial<Size> | undefined, b: Size | undefined) =>
  a?.width === b?.width && a?.height === b?.height;

/**
 * Reuses the React Flow node object while its LakeNode, position, selection and measured size
 * are unchanged. Each node carries the size React Flow measured (its `dimensions` change): a
 * node object without it would be unmeasured again for React Flow, which then drops it from the
 * minimap and from fitView, and re-measures it after every tick that changes its counters.
 */
export class FlowNodeCache {
  private cache = new Map<string, FlowNode>();
  private list: FlowNode[] = [];

  build(props: {
    graph: LakeGraph;
    drafts: Draft[];
    positions: Record<string, Point>;
    selected: string | undefined;
    sizes: Readonly<Record<string, Size>>;
  }): FlowNode[] {
    const next = new Map<string, FlowNode>();
    const keep = (node: FlowNode, data: unknown) => {
      const old = this.cache.get(node.id);
      const measured = props.sizes[node.id];
      if (measured) node.measured = measured;
      const same =
        old &&
        Object.values(old.data)[0] === data &&
        samePoint(old.position, node.position) &&
        old.selected === node.selected &&
        sameSize(old.measured, measured);
      next.set(node.id, same ? old : node);
    };
    const at = (id: string) => props.positions[id] ?? { x: 0, y: 0 };
    for (const n of props.graph.nodes) {
      const flowNode: LakeFlowNode = {
        id: n.id,
        type: 'lake',
        position: at(n.id),
        selected: props.selected === n.id,
        ariaLabel: ariaOf(n),
        data: { node: n },
      };
      keep(flowNode, n);
    }
    for (const d of props.drafts) {
      const flowNode: DraftFlowNode = {
        id: d.id,
        type: 'draft',
        position: at(d.id),
        selected: props.selected === d.id,
        ariaLabel: `New pipeline: ${paletteEntry(d.kind).label}`,
        data: { draft: d },
      };
      keep(flowNode, d);
    }
    this.cache = next;
    // The same array when no node changed: React Flow then skips its node update entirely.
    this.list = sameItems(this.list, [...next.values()]);
    return this.list;
  }
}

const ariaOf = (n: LakeNode) => `${n.kind} ${n.label}, ${n.status}`;

const sameEdge = (a: Edge, b: Edge) =>
  a.source === b.source &&
  a.target === b.target &&
  a.label === b.label &&
  a.animated === b.animated &&
  a.className === b.className;

/**
 * Keeps the previous Edge object while what it draws is unchanged: React Flow then re-renders
 * only the edges a tick changed (a new object re-renders its EdgeWrapper), not all of them.
 */
export class FlowEdgeCache {
  private cache = new Map<string, Edge>();
  private list: Edge[] = [];

  reuse(edges: Edge[]): Edge[] {
    const stable = edges.map((e) => {
      const old = this.cache.get(e.id);
      return old && sameEdge(old, e) ? old : e;
    });
    this.cache = new Map(stable.map((e) => [e.id, e]));
    this.list = sameItems(this.list, stable);
    return this.list;
  }
}
