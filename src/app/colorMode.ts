import { applyMode, Mode } from '@cloudscape-design/global-styles';
import type { ColorMode } from '../store/sessionSlice';

const STORAGE_KEY = 'lakelab.colorMode';

/** The saved choice, else the system preference (first visit). */
export function initialColorMode(): ColorMode {
  try {
    const saved = window.localStorage.getItem(STORAGE_KEY);
    if (saved === 'light' || saved === 'dark') return saved;
  } catch {
    // Storage may be blocked (private mode); fall back to the system preference.
  }
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Applies the mode to the whole page. */
export function applyColorMode(mode: ColorMode): void {
  applyMode(mode === 'dark' ? Mode.Dark : Mode.Light);
}

/** Remembers the user's choice; until they choose, the system preference decides. */
export function saveColorMode(mode: ColorMode): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, mode);
  } catch {
    // Not remembered when storage is blocked; the mode still applies.
  }
}
