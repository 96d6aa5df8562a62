export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}
export interface Size {
  width: number;
  height: number;
}

const MARGIN = 12;

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, max));

/**
 * Where the tour card goes: under the target, else above it, else beside it (right, then left),
 * so it never hides what it describes when there is room; always inside the window.
 */
export function placeCard(
  target: Box | null,
  card: Size,
  view: Size,
): { top: number; left: number } {
  const maxLeft = Math.max(MARGIN, view.width - card.width - MARGIN);
  const maxTop = Math.max(MARGIN, view.height - card.height - MARGIN);
  if (!target) return { top: clamp(view.height * 0.3, MARGIN, maxTop), left: maxLeft / 2 };
  const left = clamp(target.left, MARGIN, maxLeft);
  const below = target.top + target.height + MARGIN;
  if (below + card.height + MARGIN <= view.height) return { top: below, left };
  const above = target.top - card.height - MARGIN;
  if (above >= MARGIN) return { top: above, left };
  const top = clamp(target.top, MARGIN, maxTop);
  const right = target.left + target.width + MARGIN;
  if (right + card.width + MARGIN <= view.width) return { top, left: right };
  const before = target.left - card.width - MARGIN;
  if (before >= MARGIN) return { top, left: before };
  return { top: maxTop, left };
}
