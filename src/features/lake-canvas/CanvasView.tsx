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
import { KIND_INFO } from './kinds';
import { FlowEdgeCache, FlowNodeCache } from './flowCaches';
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

function useFlowNodes({ graph, drafts, positions, selected }: Props): FlowNode[] {
  const [cache] = useState(() => new FlowNodeCache());
  return useMemo(
    () => cache.build({ graph, drafts, positions, selected }),
    [cache, graph, drafts, positions, selected],
  );
}

function useFlowEdges({ graph, flows, drafts, isPlaying }: Props): Edge[] {
  const [cache] = useState(() => new FlowEdgeCache());
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
        markerEnd: ARROW,
        labelBgPadding: LABEL_PADDING,
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
          markerEnd: ARROW,
        });
    return cache.reuse(edges);
  }, [cache, graph, flows, drafts, isPlaying]);
}

const ARROW = { type: MarkerType.ArrowClosed };
const LABEL_PADDING: [number, number] = [6, 3];

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
