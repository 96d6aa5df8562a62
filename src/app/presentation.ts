/** Presentation mode for projectors: the page is zoomed, focus rings thicken, canvases zoom. */
const CLASS_NAME = 'lakelab-presenting';
const STYLE_ID = 'lakelab-presentation-style';

/** 14 px Cloudscape body text × 1.3 = 18.2 px, the projector minimum. */
export const PRESENTATION_PAGE_ZOOM = 1.3;
/** Read by canvases (`var(--lakelab-canvas-zoom)`) to scale their drawing. */
export const PRESENTATION_CANVAS_ZOOM = 1.25;

const CSS = `
:root { --lakelab-canvas-zoom: 1; }
html.${CLASS_NAME} { --lakelab-canvas-zoom: ${PRESENTATION_CANVAS_ZOOM}; }
html.${CLASS_NAME} body { zoom: ${PRESENTATION_PAGE_ZOOM}; }
html.${CLASS_NAME} :focus-visible { outline: 3px solid #ffbf47 !important; outline-offset: 2px; }
`;

function ensureStyle(): void {
  if (document.getElementById(STYLE_ID)) return;
  const style = document.createElement('style');
  style.id = STYLE_ID;
  style.textContent = CSS;
  document.head.appendChild(style);
}

/** Turns presentation mode on or off for the whole page. */
export function applyPresentationMode(isPresenting: boolean): void {
  ensureStyle();
  document.documentElement.classList.toggle(CLASS_NAME, isPresenting);
}
