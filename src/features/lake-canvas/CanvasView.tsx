import { useCallback, useEffect, useMemo, useState, type DragEvent } from 'react';
import {
  Background,
  Controls,
  MarkerType,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  useNodesInitialized,
  useReactFlow,
  type Connection,
  type Edge,
  type Node,
  type NodeChange,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './canvas.css';
import type { Draft, PaletteKind } from './canvasUi';
import type { LakeGraph, LakeNode } from './graph';
import type { Point } from './layout';
import { edgeLabel } from './edgeLabel';
import { KIND_INFO, paletteEntry } from './kinds';
import { NODE_TYPES, type DraftFlowNode, type LakeFlowNode } from './LakeNodeCard';
import type { EdgeFlow } from './useLakeGraph';

export const PALETTE_MIME = 'application/x-lakelab-palette';

interface Props {
  graph: LakeGraph;
  flows: Record<string, EdgeFlow>;
  drafts: Draft[];
  positions: Record<string, Point>;
  selected: string | undefined;
  isPlaying: boolean;
  /** Bumped by Auto-layout: the view fits the new layout. */
  layoutVersion: number;
  colorMode: 'light' | 'dark';
  onSelect(id: string | undefined): void;
  onMove(id: string, position: Point): void;
  onConnect(source: string, target: string): void;
  onDropPalette(kind: PaletteKind, position: Point): void;
}

type FlowNode = LakeFlowNode | DraftFlowNode;

const samePoint = (a: Point, b: Point) => a.x === b.x && a.y === b.y;

/** Reuses the React Flow node object while its LakeNode, position and selection are unchanged. */
class FlowNodeCache {
  private cache = new Map<string, FlowNode>();

  build(props: Pick<Props, 'graph' | 'drafts' | 'positions' | 'selected'>): FlowNode[] {
    const next = new Map<string, FlowNode>();
    const keep = (node: FlowNode, data: unknown) => {
      const old = this.cache.get(node.id);
      const same =
        old &&
        Object.values(old.data)[0] === data &&
        samePoint(old.position, node.position) &&
        old.selected === node.selected;
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
    return [...next.values()];
  }
}

function useFlowNodes({ graph, drafts, positions, selected }: Props): FlowNode[] {
  const [cache] = useState(() => new FlowNodeCache());
  return useMemo(
    () => cache.build({ graph, drafts, positions, selected }),
    [cache, graph, drafts, positions, selected],
  );
}

const ariaOf = (n: LakeNode) => `${n.kind} ${n.label}, ${n.status}`;

function useFlowEdges({ graph, flows, drafts, isPlaying }: Props): Edge[] {
  return useMemo(() => {
    const edges: Edge[] = graph.edges.map((e) => {
      const flow = flows[e.id];
      return {
        id: e.id,
        source: e.source,
        target: e.target,
        label: edgeLabel(e, isPlaying ? flow : undefined) || undefined,
        animated: isPlaying && flow !== undefined,
        className: flow && isPlaying ? 'lc-edge-flowing' : 'lc-edge',
        markerEnd: { type: MarkerType.ArrowClosed },
        labelBgPadding: [6, 3],
        labelBgBorderRadius: 4,
      };
    });
    for (const d of drafts)
      if (d.target)
        edges.push({
          id: `${d.id}->${d.target}`,
          source: d.id,
          target: d.target,
          className: 'lc-edge-draft',
          markerEnd: { type: MarkerType.ArrowClosed },
        });
    return edges;
  }, [graph, flows, drafts, isPlaying]);
}

const MINIMAP_COLORS: Record<string, string> = {
  source: '#6b40d6',
  service: '#c45500',
  storage: '#1d7a1d',
};

function minimapColor(node: Node): string {
  const data = node.data as { node?: LakeNode };
  return data.node ? (MINIMAP_COLORS[KIND_INFO[data.node.kind].group] ?? '#8c8c94') : '#006ce0';
}

function Canvas(props: Props) {
  const { screenToFlowPosition, fitView } = useReactFlow();
  const nodes = useFlowNodes(props);
  const isMeasured = useNodesInitialized();
  // A node added anywhere (here, a terminal, a lesson) is brought into view once it is measured.
  const count = nodes.length;
  useEffect(() => {
    if (isMeasured) void fitView({ duration: 200, maxZoom: 1, padding: 0.08 });
  }, [count, props.layoutVersion, isMeasured, fitView]);
  const edges = useFlowEdges(props);
  const { onMove, onSelect, onConnect, onDropPalette } = props;
  const handleNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      for (const c of changes) {
        if (c.type === 'position' && c.position) onMove(c.id, c.position);
        if (c.type === 'select' && c.selected) onSelect(c.id);
      }
    },
    [onMove, onSelect],
  );
  const handleDrop = useCallback(
    (event: DragEvent) => {
      const kind = event.dataTransfer.getData(PALETTE_MIME) as PaletteKind;
      if (!kind) return;
      event.preventDefault();
      onDropPalette(kind, screenToFlowPosition({ x: event.clientX, y: event.clientY }));
    },
    [onDropPalette, screenToFlowPosition],
  );
  return (
    <ReactFlow<Node>
      nodes={nodes}
      edges={edges}
      nodeTypes={NODE_TYPES}
      colorMode={props.colorMode}
      onNodesChange={handleNodesChange as never}
      onConnect={(c: Connection) => onConnect(c.source, c.target)}
      onPaneClick={() => onSelect(undefined)}
      onDragOver={(e) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      }}
      onDrop={handleDrop}
      deleteKeyCode={null}
      fitView
      minZoom={0.2}
      proOptions={{ hideAttribution: true }}
      aria-label="Lake canvas"
    >
      <Background />
      <Controls />
      <MiniMap pannable zoomable ariaLabel="Canvas overview" nodeColor={minimapColor} />
    </ReactFlow>
  );
}

/** The React Flow canvas of the lake graph. */
export function CanvasView(props: Props) {
  return (
    <div className="lc-canvas">
      <ReactFlowProvider>
        <Canvas {...props} />
      </ReactFlowProvider>
    </div>
  );
}
