// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { applyPresentationMode, CLOUDSCAPE_TYPE_SIZES, PRESENTATION_THEME } from './presentation';

/** The text of every style element in the page (Cloudscape's applyTheme adds one). */
const pageCss = () => [...document.querySelectorAll('style')].map((s) => s.textContent).join('\n');

describe('presentation mode', () => {
  afterEach(() => applyPresentationMode(false));

  it('enlarges body text through a Cloudscape theme of 18 px, with no CSS zoom', async () => {
    await applyPresentationMode(true);
    expect(document.documentElement.classList.contains('lakelab-presenting')).toBe(true);
    expect(pageCss()).toMatch(/--font-size-body-m[\w-]*:18px/);
    expect(pageCss()).not.toMatch(/(^|[\s{;])zoom:/);
    // …except in the top bar, which keeps Cloudscape's 14 px so it stays on one row.
    expect(pageCss()).toMatch(/#lakelab-top-bar \{[^}]*--font-size-body-m[\w-]*:14px/);
  });

  it('gives Cloudscape its own sizes back when it is turned off', async () => {
    await applyPresentationMode(true);
    await applyPresentationMode(false);
    const before = pageCss();
    await applyPresentationMode(true);
    await applyPresentationMode(false);
    expect(document.documentElement.classList.contains('lakelab-presenting')).toBe(false);
    expect(pageCss()).toBe(before);
  });

  it('applies the theme once however often it is turned on', async () => {
    await applyPresentationMode(true);
    const once = document.querySelectorAll('style').length;
    await applyPresentationMode(true);
    expect(document.querySelectorAll('style').length).toBe(once);
  });

  it('ends in the last mode asked for when switched again while the theme loads', async () => {
    const on = applyPresentationMode(true);
    const off = applyPresentationMode(false);
    await Promise.all([on, off]);
    expect(document.documentElement.classList.contains('lakelab-presenting')).toBe(false);
    expect(pageCss()).not.toMatch(/--font-size-body-m[\w-]*:18px/);
  });

  it('makes every text size it sets at least 1.25× Cloudscape’s own, and sets no other token', () => {
    const tokens = PRESENTATION_THEME.tokens as Record<string, string>;
    expect(Object.keys(tokens).sort()).toEqual(Object.keys(CLOUDSCAPE_TYPE_SIZES).sort());
    for (const [token, normal] of Object.entries(CLOUDSCAPE_TYPE_SIZES))
      expect(parseFloat(tokens[token] ?? '0'), token).toBeGreaterThanOrEqual(
        parseFloat(normal) * 1.25,
      );
  });
});
