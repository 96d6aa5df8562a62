import type { ColorMode } from '../store/sessionSlice';

/**
 * Colours for the few custom visuals (top bar, terminal dock), taken from Cloudscape's
 * visual-refresh palette. Cloudscape's token variables carry a build hash, and the
 * separate design-tokens package only matches the exact components release, so the
 * values are named here once instead.
 */
export const FONT_FAMILY_BASE = "'Open Sans', 'Helvetica Neue', Roboto, Arial, sans-serif";

/** The top bar is dark in both modes, like the AWS console's. */
export const TOP_BAR = { background: '#0f141a', text: '#ffffff', border: '#424650' } as const;

export interface SurfaceColors {
  background: string;
  border: string;
  handle: string;
}

export function surfaceColors(mode: ColorMode): SurfaceColors {
  return mode === 'dark'
    ? { background: '#161d26', border: '#424650', handle: '#8c8c94' }
    : { background: '#ffffff', border: '#c6c6cd', handle: '#8c8c94' };
}
