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

const isTaken = (placed: readonly Point[], spot: Point) =>
  placed.some((p) => Math.abs(p.x - spot.x) < COLUMN / 2 && Math.abs(p.y - spot.y) < ROW);

/** The first spot of the column at x, from y downwards, that no placed node covers. */
export function firstFreeSlot(placed: readonly Point[], x: number, fromY = 0): Point {
  const spot = { x, y: fromY };
  while (isTaken(placed, spot)) spot.y += ROW;
  return spot;
}

/** A free spot for a node that has no saved position yet: the top free slot of the column. */
export function nextFreeSpot(placed: readonly Point[], column = 0): Point {
  const top = placed.length ? Math.min(0, ...placed.map((p) => p.y)) : 0;
  return firstFreeSlot(placed, column * COLUMN, top);
}

type Link = { source: string; target: string };

/** A spot beside a placed neighbour: right of what feeds it, left of what it writes to. */
function besideNeighbour(id: string, edges: readonly Link[], at: Record<string, Point>) {
  for (const e of edges) {
    const source = at[e.source];
    if (e.target === id && source) return { x: source.x + COLUMN, y: source.y };
    const target = at[e.target];
    if (e.source === id && target) return { x: target.x - COLUMN, y: target.y };
  }
  return undefined;
}

/**
 * Positions for every node: saved ones stay; with none saved, the auto-layout; otherwise each new
 * node goes beside a neighbour already placed (the bucket a new pipeline writes to, the stream
 * that feeds it), or, unconnected, into the first free slot of its auto-layout column from the top.
 */
export function placeNodes(
  nodeIds: readonly string[],
  edges: readonly Link[],
  saved: Readonly<Record<string, Point>>,
): Record<string, Point> {
  const at: Record<string, Point> = {};
  for (const id of nodeIds) if (saved[id]) at[id] = saved[id];
  let unplaced = nodeIds.filter((id) => !at[id]);
  if (unplaced.length === 0) return at;
  if (unplaced.length === nodeIds.length) return autoLayout(nodeIds, edges);
  const columns = autoLayout(nodeIds, edges);
  const top = Math.min(...Object.values(at).map((p) => p.y));
  while (unplaced.length) {
    const next = unplaced.find((id) => besideNeighbour(id, edges, at)) ?? unplaced[0]!;
    const wanted = besideNeighbour(next, edges, at) ?? { x: columns[next]?.x ?? 0, y: top };
    at[next] = firstFreeSlot(Object.values(at), wanted.x, wanted.y);
    unplaced = unplaced.filter((id) => id !== next);
  }
  return at;
}
