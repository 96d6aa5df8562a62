import Button from '@cloudscape-design/components/button';
import Table from '@cloudscape-design/components/table';
import { formatBytes } from '../../ui/format';
import type { Draft } from './canvasUi';
import type { LakeGraph } from './graph';
import { KIND_INFO, paletteEntry } from './kinds';

interface Row {
  id: string;
  name: string;
  type: string;
  status: string;
  details: string;
  connectedTo: string;
}

function rowsOf(graph: LakeGraph, drafts: Draft[]): Row[] {
  const rows: Row[] = graph.nodes.map((n) => ({
    id: n.id,
    name: n.label,
    type: KIND_INFO[n.kind].title,
    status: n.lastError ? `${n.status} (${n.lastError})` : n.status,
    details: n.objects
      ? `${n.objects.count.toLocaleString('en-US')} objects, ${formatBytes(n.objects.bytes)}`
      : n.counters.filter(Boolean).join('; '),
    connectedTo: graph.edges
      .filter((e) => e.source === n.id)
      .map((e) => `${e.target.replace(/^[a-z]+:/, '')}${e.prefix ? `/${e.prefix}` : ''}`)
      .join(', '),
  }));
  for (const d of drafts)
    rows.push({
      id: d.id,
      name: paletteEntry(d.kind).label,
      type: 'New pipeline',
      status: d.pending ? 'creating' : 'not created',
      details: '',
      connectedTo: d.target?.replace(/^bucket:/, '') ?? '',
    });
  return rows;
}

/** The same graph as a table, for screen readers and keyboard users. */
export function ListView({
  graph,
  drafts,
  selected,
  onSelect,
}: {
  graph: LakeGraph;
  drafts: Draft[];
  selected: string | undefined;
  onSelect(id: string): void;
}) {
  const items = rowsOf(graph, drafts);
  return (
    <Table
      variant="embedded"
      wrapLines
      ariaLabels={{ tableLabel: 'Lake graph nodes' }}
      items={items}
      trackBy="id"
      selectedItems={items.filter((i) => i.id === selected)}
      empty="Nothing on the canvas yet: add a source from the palette."
      columnDefinitions={[
        { id: 'name', header: 'Node', cell: (r) => r.name, isRowHeader: true },
        { id: 'type', header: 'Type', cell: (r) => r.type },
        { id: 'status', header: 'Status', cell: (r) => r.status },
        { id: 'details', header: 'Counters', cell: (r) => r.details },
        { id: 'to', header: 'Writes to', cell: (r) => r.connectedTo || '—' },
        {
          id: 'select',
          header: 'Actions',
          cell: (r) => (
            <Button
              variant="inline-link"
              ariaLabel={`Open ${r.name}`}
              onClick={() => onSelect(r.id)}
            >
              Open
            </Button>
          ),
        },
      ]}
    />
  );
}
