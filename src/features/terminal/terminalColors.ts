import type { ColorMode } from '../../store/sessionSlice';

export interface TerminalColors {
  background: string;
  text: string;
  prompt: string;
  error: string;
  muted: string;
  border: string;
}

/**
 * A dark terminal in both modes, readable on a projector: every text colour keeps a
 * contrast of at least 7:1 against its background (WCAG AAA for body text).
 */
export function terminalColors(mode: ColorMode): TerminalColors {
  return mode === 'dark'
    ? {
        background: '#0b0e13',
        text: '#e9ebed',
        prompt: '#7ee2a8',
        error: '#ffaaa0',
        muted: '#b4bac2',
        border: '#424650',
      }
    : {
        background: '#1b232d',
        text: '#f4f4f4',
        prompt: '#9be3b4',
        error: '#ffb8ae',
        muted: '#c5cbd3',
        border: '#1b232d',
      };
}

export const TERMINAL_FONT =
  "Monaco, Menlo, Consolas, 'Courier Prime', Courier, 'Courier New', monospace";
export const PROMPT = '[cloudshell-user@lakelab ~]$ ';
