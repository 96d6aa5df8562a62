import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import {
  Background,
  Controls,
  MarkerType,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
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
import { useLake } from '../../store';
import { canFit, FIT_OPTIONS, fitDuration, nodesToReveal, type Size } from './viewFit';

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

function useFlowNodes(
  { graph, drafts, positions, selected }: Props,
  sizes: Record<string, Size>,
): FlowNode[] {
  const [cache] = useState(() => new FlowNodeCache());
  return useMemo(
    () => cache.build({ graph, drafts, positions, selected, sizes }),
    [cache, graph, drafts, positions, selected, sizes],
  );
}

/** The sizes React Flow measured, kept from its `dimensions` changes (a controlled flow must). */
function useMeasuredSizes() {
  const [sizes, setSizes] = useState<Record<string, Size>>({});
  const record = useCallback((measured: { id: string; size: Size }[]) => {
    setSizes((old) => {
      const changed = measured.filter(
        ({ id, size }) => old[id]?.width !== size.width || old[id]?.height !== size.height,
      );
      if (changed.length === 0) return old;
      const next = { ...old };
      for (const { id, size } of changed) next[id] = size;
      return next;
    });
  }, []);
  return [sizes, record] as const;
}

/** Nodes added within this time of each other are brought into view together. */
const REVEAL_WINDOW_MS = 1000;

/**
 * Brings nodes that appear (a pipeline created here, a stream made in the terminal, a lesson's
 * step) into view with the nodes they connect to, once React Flow has measured them; fits the
 * whole canvas after Auto-layout.
 */
function useFitOnChange(
  nodes: readonly FlowNode[],
  edges: readonly Edge[],
  sizes: Record<string, Size>,
  layoutVersion: number,
) {
  const { fitView } = useReactFlow();
  const seen = useRef<Set<string>>(undefined);
  const reveal = useRef({ ids: [] as string[], fitted: '', timer: 0 });
  useEffect(() => {
    const ids = nodes.map((n) => n.id);
    const present = new Set(ids);
    const added = nodesToReveal(seen.current, ids, edges);
    seen.current = present;
    const r = reveal.current;
    if (added.length) {
      // A pipeline's nodes arrive one create call at a time: they are revealed together.
      r.ids = [...new Set([...r.ids, ...added])];
      window.clearTimeout(r.timer);
      r.timer = window.setTimeout(() => (r.ids = []), REVEAL_WINDOW_MS);
    }
    const toFit = r.ids.filter((id) => present.has(id));
    const key = toFit.join('\n');
    if (key === r.fitted || !canFit(toFit, sizes)) return;
    r.fitted = key;
    void fitView({ ...FIT_OPTIONS, nodes: toFit.map((id) => ({ id })), duration: fitDuration() });
  }, [nodes, edges, sizes, fitView]);
  useEffect(() => {
    if (layoutVersion > 0) void fitView({ ...FIT_OPTIONS, duration: fitDuration() });
  }, [layoutVersion, fitView]);
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

/** Presentation mode (issue 7): the view may zoom in further, so node text reads on a projector. */
const PRESENTATION_FIT_OPTIONS = { ...FIT_OPTIONS, maxZoom: 1.25 } as const;

/** The fit options for the current mode; switching mode refits the view. */
function usePresentationFit() {
  const { fitView } = useReactFlow();
  const isPresenting = useLake((s) => s.isPresenting);
  const options = isPresenting ? PRESENTATION_FIT_OPTIONS : FIT_OPTIONS;
  const previous = useRef(options);
  useEffect(() => {
    if (previous.current === options) return;
    previous.current = options;
    void fitView({ ...options, duration: fitDuration() });
  }, [options, fitView]);
  return options;
}

function Canvas(props: Props) {
  const { screenToFlowPosition } = useReactFlow();
  const fitOptions = usePresentationFit();
  const [sizes, recordSizes] = useMeasuredSizes();
  const nodes = useFlowNodes(props, sizes);
  const edges = useFlowEdges(props);
  useFitOnChange(nodes, edges, sizes, props.layoutVersion);
  const { onMove, onSelect, onConnect, onDropPalette } = props;
  const handleNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      const measured: { id: string; size: Size }[] = [];
      for (const c of changes) {
        if (c.type === 'position' && c.position) onMove(c.id, c.position);
        if (c.type === 'select' && c.selected) onSelect(c.id);
        if (c.type === 'dimensions' && c.dimensions)
          measured.push({ id: c.id, size: c.dimensions });
      }
      if (measured.length) recordSizes(measured);
    },
    [onMove, onSelect, recordSizes],
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
      fitViewOptions={fitOptions}
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
