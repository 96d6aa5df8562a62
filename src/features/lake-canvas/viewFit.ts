export interface Size {
  width: number;
  height: number;
}

type Link = { source: string; target: string };

/**
 * What to bring into view after the canvas's node ids changed: the nodes that were not there
 * before, with their direct neighbours (the bucket a new pipeline writes to). Nothing on the first
 * render (React Flow's initial fitView covers it) or when nodes only went away.
 */
export function nodesToReveal(
  before: ReadonlySet<string> | undefined,
  ids: readonly string[],
  edges: readonly Link[],
): string[] {
  if (!before) return [];
  const added = new Set(ids.filter((id) => !before.has(id)));
  if (added.size === 0) return [];
  const reveal = new Set(added);
  for (const e of edges) {
    if (added.has(e.source)) reveal.add(e.target);
    if (added.has(e.target)) reveal.add(e.source);
  }
  const present = new Set(ids);
  return [...reveal].filter((id) => present.has(id));
}

/** React Flow fits only measured nodes: wait until each node to reveal has its size. */
export function canFit(ids: readonly string[], sizes: Readonly<Record<string, Size>>): boolean {
  return ids.length > 0 && ids.every((id) => sizes[id] !== undefined);
}

/** The view animates to the new nodes, unless the user asked for reduced motion. */
export function fitDuration(): number {
  const reduce = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  return reduce ? 0 : 300;
}

/** Never closer than 1:1 (a lone node would fill the canvas at React Flow's default of 2). */
export const FIT_OPTIONS = { maxZoom: 1, padding: 0.1 } as const;
