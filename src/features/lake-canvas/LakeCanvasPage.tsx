import { memo, useCallback, useEffect, useMemo, useState } from 'react';
import ContentLayout from '@cloudscape-design/components/content-layout';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useLake } from '../../store';
import { CanvasHeader, type CanvasMode } from './CanvasHeader';
import { CanvasView } from './CanvasView';
import { useCanvasUi, type Draft, type PaletteKind } from './canvasUi';
import { autoLayout, nextFreeSpot, placeNodes, type Point } from './layout';
import { Legend } from './Legend';
import { ListView } from './ListView';
import { Palette } from './Palette';
import { SidePanel, type PanelView } from './SidePanel';
import { useConnect, usePendingDmsTasks, useRemoveDraft } from './pipelineEffects';
import { useLakeGraph } from './useLakeGraph';

// What does not depend on the world skips the re-render each clock tick brings.
const StablePalette = memo(Palette);
const StableLegend = memo(Legend);
const StableHeader = memo(CanvasHeader);

/**
 * How long the node ids must stay unchanged before new nodes' spots are saved: a pipeline's
 * create calls add its nodes one render at a time, and each render places them afresh beside the
 * nodes saved before, so the whole pipeline ends up together (its stream beside its Firehose
 * beside the bucket), not wherever its first node landed alone.
 */
const SETTLE_MS = 400;

/** Saves the spot of each newly placed node once arrivals settle, so later ones never move it. */
function useKeepPlacedNodes(
  positions: Record<string, Point>,
  saved: Record<string, Point>,
  updateUi: ReturnType<typeof useCanvasUi>[1],
) {
  useEffect(() => {
    const fresh = Object.keys(positions).filter((id) => !saved[id]);
    if (fresh.length === 0) return;
    const placed = Object.fromEntries(fresh.map((id) => [id, positions[id]!]));
    const timer = setTimeout(
      () => updateUi((u) => ({ ...u, positions: { ...placed, ...u.positions } })),
      SETTLE_MS,
    );
    return () => clearTimeout(timer);
  }, [positions, saved, updateUi]);
}

/** The lake canvas: LakeLab's architecture view of the ingestion pipelines and buckets. */
export default function LakeCanvasPage() {
  const seed = useLake((s) => s.engine.world.seed);
  const isPlaying = useLake((s) => s.isPlaying);
  const colorMode = useLake((s) => s.colorMode);
  const notify = useLake((s) => s.notify);
  const [ui, updateUi] = useCanvasUi(seed);
  const { graph, flows } = useLakeGraph();
  const [panel, setPanel] = useState<PanelView>({ view: 'none' });
  const [layoutVersion, setLayoutVersion] = useState(0);
  const [mode, setMode] = useState<CanvasMode>('canvas');
  // Keyed by the node ids, so a tick that only changes counters does not re-run the layout.
  const idKey = [...graph.nodes.map((n) => n.id), ...ui.drafts.map((d) => d.id)].join('\n');
  const ids = useMemo(() => idKey.split('\n').filter(Boolean), [idKey]);
  const edgeKey = graph.edges.map((e) => e.id).join('|');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the layout depends on the edges' ends only, not on their counters
  const layout = useMemo(() => autoLayout(ids, graph.edges), [ids, edgeKey]);
  // Saved positions win; a node seen for the first time is placed beside its neighbours (or, on a
  // canvas with nothing saved yet, takes its auto-layout spot) and keeps that spot from then on.
  const positions = useMemo(
    () => placeNodes(ids, graph.edges, ui.positions),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the edges' ends only, as for the layout
    [ids, edgeKey, ui.positions],
  );
  useKeepPlacedNodes(positions, ui.positions, updateUi);
  usePendingDmsTasks(ui.drafts, updateUi);
  const selected = panel.view === 'selected' ? panel.id : undefined;
  const select = useCallback(
    (id: string | undefined) => setPanel(id ? { view: 'selected', id } : { view: 'none' }),
    [],
  );
  const move = useCallback(
    (id: string, p: Point) => updateUi((u) => ({ ...u, positions: { ...u.positions, [id]: p } })),
    [updateUi],
  );
  const addDraft = useCallback(
    (kind: PaletteKind, at?: Point) => {
      const draft: Draft = { id: `draft:${ui.nextDraft}`, kind };
      const spot = at ?? nextFreeSpot(Object.values(positions), 0);
      updateUi((u) => ({
        ...u,
        drafts: [...u.drafts, draft],
        nextDraft: u.nextDraft + 1,
        positions: { ...u.positions, [draft.id]: spot },
      }));
      setPanel({ view: 'selected', id: draft.id });
    },
    [updateUi, positions, ui.nextDraft],
  );
  const connect = useConnect(graph, ui.drafts, updateUi);
  const choose = useCallback((kind: PaletteKind) => setPanel({ view: 'palette', kind }), []);
  const showAddBucket = useCallback(() => setPanel({ view: 'add-bucket' }), []);
  const relayout = useCallback(() => {
    updateUi((u) => ({ ...u, positions: layout }));
    setLayoutVersion((v) => v + 1);
  }, [updateUi, layout]);
  const discardDraft = useRemoveDraft(ui.drafts, updateUi);
  const removeDraft = (id: string, message?: string) => {
    if (message) updateUi((u) => ({ ...u, drafts: u.drafts.filter((d) => d.id !== id) }));
    else void discardDraft(id);
    setPanel({ view: 'none' });
    if (message) notify({ type: 'success', header: message });
  };
  return (
    <ContentLayout
      header={
        <StableHeader
          mode={mode}
          onMode={setMode}
          onAddBucket={showAddBucket}
          onAutoLayout={relayout}
        />
      }
    >
      <SpaceBetween size="s">
        <StablePalette
          chosen={panel.view === 'palette' ? panel.kind : undefined}
          onChoose={choose}
          onAdd={addDraft}
        />
        <div className="lc-layout">
          <SpaceBetween size="xs">
            {mode === 'canvas' ? (
              <CanvasView
                graph={graph}
                flows={flows}
                drafts={ui.drafts}
                positions={positions}
                selected={selected}
                isPlaying={isPlaying}
                layoutVersion={layoutVersion}
                colorMode={colorMode}
                onSelect={select}
                onMove={move}
                onConnect={connect}
                onDropPalette={addDraft}
              />
            ) : (
              <ListView graph={graph} drafts={ui.drafts} selected={selected} onSelect={select} />
            )}
            <StableLegend />
          </SpaceBetween>
          <div className="lc-side">
            <SidePanel
              panel={panel}
              graph={graph}
              drafts={ui.drafts}
              onDraftChange={(draft) =>
                updateUi((u) => ({
                  ...u,
                  drafts: u.drafts.map((d) => (d.id === draft.id ? draft : d)),
                }))
              }
              onDraftRemove={removeDraft}
              onBucketCreated={(name) => setPanel({ view: 'selected', id: `bucket:${name}` })}
              onDeleted={() => setPanel({ view: 'none' })}
            />
          </div>
        </div>
      </SpaceBetween>
    </ContentLayout>
  );
}
