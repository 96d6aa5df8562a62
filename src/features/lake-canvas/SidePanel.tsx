import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { AddBucketPanel } from './AddBucketPanel';
import { AppFlowDraft } from './AppFlowDraft';
import type { Draft, PaletteKind } from './canvasUi';
import { DataSyncDraft } from './DataSyncDraft';
import { DmsDraft } from './DmsDraft';
import type { LakeGraph } from './graph';
import { paletteEntry } from './kinds';
import { MskDraft } from './MskDraft';
import { NodePanel } from './NodePanel';
import { StorageGatewayDraft } from './StorageGatewayDraft';
import { StreamingDraft } from './StreamingDraft';
import { TransferDraft } from './TransferDraft';

export type PanelView =
  | { view: 'none' }
  | { view: 'palette'; kind: PaletteKind }
  | { view: 'add-bucket' }
  | { view: 'selected'; id: string };

interface Props {
  panel: PanelView;
  graph: LakeGraph;
  drafts: Draft[];
  onDraftChange(draft: Draft): void;
  onDraftRemove(id: string, message?: string): void;
  onBucketCreated(name: string): void;
  onDeleted(): void;
}

function DraftPanel({ draft, props }: { draft: Draft; props: Props }) {
  const entry = paletteEntry(draft.kind);
  const buckets = props.graph.nodes.filter((n) => n.kind === 'bucket').map((n) => n.label);
  const common = {
    draft,
    buckets,
    onTarget: (target: string) => props.onDraftChange({ ...draft, target }),
    onDone: (message: string) => props.onDraftRemove(draft.id, message),
    onPending: (pending: NonNullable<Draft['pending']>) =>
      props.onDraftChange({ ...draft, pending }),
  };
  return (
    <SpaceBetween size="s">
      <Box variant="h3" padding="n">
        {entry.label}
      </Box>
      <Box variant="p" color="text-body-secondary">
        {entry.description}
      </Box>
      {draft.kind === 'streaming' && <StreamingDraft {...common} />}
      {draft.kind === 'msk' && <MskDraft {...common} />}
      {draft.kind === 'dms' && <DmsDraft {...common} />}
      {draft.kind === 'transfer' && <TransferDraft {...common} />}
      {draft.kind === 'datasync' && <DataSyncDraft {...common} />}
      {draft.kind === 'storagegateway' && <StorageGatewayDraft {...common} />}
      {draft.kind === 'appflow' && <AppFlowDraft {...common} />}
      <Button onClick={() => props.onDraftRemove(draft.id)}>Remove from canvas</Button>
    </SpaceBetween>
  );
}

/** The right-hand panel: configure a draft, inspect a resource, or add a bucket. */
export function SidePanel(props: Props) {
  const { panel, graph } = props;
  let title = 'Details';
  let body = (
    <Box variant="p" color="text-body-secondary">
      Select a node, or choose a source in the palette and press Add to canvas.
    </Box>
  );
  if (panel.view === 'palette') {
    const entry = paletteEntry(panel.kind);
    title = 'Source';
    body = (
      <SpaceBetween size="xs">
        <Box variant="strong">{entry.label}</Box>
        <Box variant="p">{entry.description}</Box>
      </SpaceBetween>
    );
  } else if (panel.view === 'add-bucket') {
    title = 'Add bucket';
    body = <AddBucketPanel onCreated={props.onBucketCreated} />;
  } else if (panel.view === 'selected') {
    const draft = props.drafts.find((d) => d.id === panel.id);
    const node = graph.nodes.find((n) => n.id === panel.id);
    if (draft) {
      title = 'Configure pipeline';
      body = <DraftPanel key={draft.id} draft={draft} props={props} />;
    } else if (node)
      body = (
        <NodePanel key={node.id} node={node} edges={graph.edges} onDeleted={props.onDeleted} />
      );
  }
  return <Container header={<Header variant="h2">{title}</Header>}>{body}</Container>;
}
