export interface Point {
  x: number;
  y: number;
}

const COLUMN = 320;
const ROW = 150;

/**
 * A layered left→right layout: each node's column is the longest path reaching it from a node
 * with no incoming edge (buckets therefore end up right of what writes to them); rows stack in
 * the order the nodes come.
 */
export function autoLayout(
  nodeIds: readonly string[],
  edges: readonly { source: string; target: string }[],
): Record<string, Point> {
  const layer = new Map(nodeIds.map((id) => [id, 0]));
  // Longest path by relaxation; at most n rounds, so a cycle cannot loop forever.
  for (let round = 0; round < nodeIds.length; round++) {
    let changed = false;
    for (const e of edges) {
      const from = layer.get(e.source);
      const to = layer.get(e.target);
      if (from === undefined || to === undefined || to >= from + 1) continue;
      layer.set(e.target, from + 1);
      changed = true;
    }
    if (!changed) break;
  }
  const rows = new Map<number, number>();
  const positions: Record<string, Point> = {};
  for (const id of nodeIds) {
    const column = layer.get(id) ?? 0;
    const row = rows.get(column) ?? 0;
    rows.set(column, row + 1);
    positions[id] = { x: column * COLUMN, y: row * ROW };
  }
  return positions;
}

/** A free spot below everything placed, for a node that has no saved position yet. */
export function nextFreeSpot(placed: readonly Point[], column = 0): Point {
  const below = placed.filter((p) => Math.abs(p.x - column * COLUMN) < COLUMN / 2);
  const y = below.length ? Math.max(...below.map((p) => p.y)) + ROW : 0;
  return { x: column * COLUMN, y };
}
