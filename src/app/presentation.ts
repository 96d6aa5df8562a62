import type * as ThemingModule from '@cloudscape-design/components/theming';
import type { ApplyThemeResult, Theme } from '@cloudscape-design/components/theming';

/**
 * Presentation mode for projectors: larger type through Cloudscape's typography tokens (so
 * AppLayout and Table measure the real sizes — no CSS zoom), larger code in the terminal and the
 * Athena editor, thicker focus rings (the lake canvas zooms in further by itself).
 */
const CLASS_NAME = 'lakelab-presenting';
const STYLE_ID = 'lakelab-presentation-style';

/** Body text goes from Cloudscape's 14 px to 18 px (×1.29), the projector minimum. */
export const PRESENTATION_TYPE_SCALE = 18 / 14;

const px = (n: number) => `${n}px`;

/** Cloudscape's visual-refresh sizes, as its theming preset lists them. */
export const CLOUDSCAPE_TYPE_SIZES = {
  fontSizeBodyS: px(12),
  lineHeightBodyS: px(16),
  fontSizeBodyM: px(14),
  lineHeightBodyM: px(20),
  fontSizeHeadingXs: px(14),
  lineHeightHeadingXs: px(18),
  fontSizeHeadingS: px(16),
  lineHeightHeadingS: px(20),
  fontSizeHeadingM: px(18),
  lineHeightHeadingM: px(22),
  fontSizeHeadingL: px(20),
  lineHeightHeadingL: px(24),
  fontSizeHeadingXl: px(24),
  lineHeightHeadingXl: px(30),
  fontSizeDisplayL: px(42),
  lineHeightDisplayL: px(48),
} satisfies Theme['tokens'];

/** Cloudscape's visual-refresh sizes (font / line height) × about 1.3, rounded to whole pixels. */
export const PRESENTATION_THEME: Theme = {
  tokens: {
    fontSizeBodyS: px(16),
    lineHeightBodyS: px(22),
    fontSizeBodyM: px(18),
    lineHeightBodyM: px(26),
    fontSizeHeadingXs: px(18),
    lineHeightHeadingXs: px(24),
    fontSizeHeadingS: px(21),
    lineHeightHeadingS: px(26),
    fontSizeHeadingM: px(23),
    lineHeightHeadingM: px(30),
    fontSizeHeadingL: px(26),
    lineHeightHeadingL: px(32),
    fontSizeHeadingXl: px(31),
    lineHeightHeadingXl: px(40),
    fontSizeDisplayL: px(54),
    lineHeightDisplayL: px(64),
  },
};

/** The terminal's and the Athena editor's text, read as `var(--lakelab-code-font-size)`. */
export const PRESENTATION_CODE_FONT_PX = 18;

/**
 * Focus rings thicken to 3 px and keep a 3:1 contrast (WCAG 1.4.11): Cloudscape's blue #006ce0
 * is 5.0:1 on white and 3.7:1 on the dark top bar; in dark mode (and the always-dark terminal)
 * amber #ffbf47 is 11:1 on #0f141a.
 */
const CSS = `
:root { --lakelab-code-font-size: 14px; }
html.${CLASS_NAME} {
  --lakelab-code-font-size: ${PRESENTATION_CODE_FONT_PX}px;
}
html.${CLASS_NAME} :focus-visible { outline: 3px solid #006ce0 !important; outline-offset: 2px; }
html.${CLASS_NAME} .awsui-dark-mode :focus-visible { outline-color: #ffbf47 !important; }
`;

type Theming = typeof ThemingModule;

// Cloudscape's theming code is ~95 KB gzip: it loads the first time a page is presented.
let theming: Promise<Theming> | undefined;
export const loadTheming = (): Promise<Theming> =>
  (theming ??= import('@cloudscape-design/components/theming'));

/**
 * The top bar keeps Cloudscape's own sizes: it is chrome, not what the audience reads, and at
 * 1280 px it must stay on one row so the console keeps its height. applyTheme's `selector` does
 * not scope the variables (they always land on `body`), so the normal sizes' stylesheet is
 * re-aimed at the top bar (TOP_BAR_ID in topbar/TopBar.tsx); a stylesheet of another shape is
 * left out rather than risk resetting the whole page.
 */
function topBarNormalTypeCss({ generateThemeStylesheet }: Theming): string {
  const css = generateThemeStylesheet({ theme: { tokens: CLOUDSCAPE_TYPE_SIZES } });
  if (css.split('{').length !== 2) return '';
  return css.replace(/^[^{]*\{/, '#lakelab-top-bar {');
}

let appliedTheme: ApplyThemeResult | undefined;

function ensureStyle(theming: Theming): void {
  if (document.getElementById(STYLE_ID)) return;
  const style = document.createElement('style');
  style.id = STYLE_ID;
  style.textContent = CSS + topBarNormalTypeCss(theming);
  document.head.appendChild(style);
}

const isPresentingNow = () => document.documentElement.classList.contains(CLASS_NAME);

/**
 * Turns presentation mode on or off for the whole page; leaving it restores Cloudscape's sizes.
 * The class switches at once; the theme follows as soon as the theming code is loaded (the last
 * call wins if the mode is switched again meanwhile).
 */
export async function applyPresentationMode(isPresenting: boolean): Promise<void> {
  document.documentElement.classList.toggle(CLASS_NAME, isPresenting);
  if (!isPresenting && !appliedTheme) return;
  const loaded = await loadTheming();
  ensureStyle(loaded);
  if (isPresentingNow() && !appliedTheme)
    appliedTheme = loaded.applyTheme({ theme: PRESENTATION_THEME });
  if (!isPresentingNow() && appliedTheme) {
    appliedTheme.reset();
    appliedTheme = undefined;
  }
}
