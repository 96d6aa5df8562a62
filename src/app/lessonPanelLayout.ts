/**
 * How wide the lesson split panel may be under presentation mode's zoom.
 *
 * AppLayout limits a side split panel by the width it measures with getBoundingClientRect,
 * which counts the body's zoom: at 1280 px zoomed 1.3 it believes it has 1280 page pixels
 * when only 985 exist, lets the panel keep 360 px, and the console scrolls sideways.
 * Without zoom AppLayout's own limit stands.
 */

/** Cloudscape: a side split panel is never narrower than this. */
export const SPLIT_PANEL_MIN_WIDTH = 280;
/**
 * What stays beside a side split panel in AppLayout, in page pixels as rendered: the open
 * navigation (281), the page's minimum width (280), two gaps (24 each) and the tools rail (62).
 */
export const CONSOLE_BESIDE_SIDE_PANEL = 281 + 280 + 24 + 24 + 62;

/** The lesson panel's width: the one chosen, cut to the room the zoomed window leaves. */
export function lessonPanelWidth(chosenWidth: number, windowWidth: number, zoom: number): number {
  if (zoom === 1) return chosenWidth;
  const room = Math.floor(windowWidth / zoom - CONSOLE_BESIDE_SIDE_PANEL);
  return Math.max(SPLIT_PANEL_MIN_WIDTH, Math.min(chosenWidth, room));
}
