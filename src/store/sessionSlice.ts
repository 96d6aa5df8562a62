import { initialLanguage, type Language } from '../i18n/language';
import type { SliceCreator } from './index';

export type ColorMode = 'light' | 'dark';

export interface SessionSlice {
  /** The principal the console acts as: an IAM ARN. Undefined means the administrator. */
  principal: string | undefined;
  colorMode: ColorMode;
  /** Whether the terminal panel is open at the bottom of the console. */
  isTerminalOpen: boolean;
  setTerminalOpen(open: boolean): void;
  setPrincipal(principal: string | undefined): void;
  setColorMode(mode: ColorMode): void;
  /** The console's language (saved in this browser; first visit: the browser's language). */
  language: Language;
  setLanguage(language: Language): void;
  /** Presentation mode for projectors: larger type, zoomed canvases, lesson text hidden. */
  isPresenting: boolean;
  setPresenting(isPresenting: boolean): void;
}

export const createSessionSlice: SliceCreator<SessionSlice> = (set) => ({
  principal: undefined,
  colorMode: 'light',
  isTerminalOpen: false,
  setTerminalOpen: (isTerminalOpen) => set({ isTerminalOpen }),
  setPrincipal: (principal) => set({ principal }),
  setColorMode: (colorMode) => set({ colorMode }),
  language: initialLanguage(),
  setLanguage: (language) => set({ language }),
  isPresenting: false,
  setPresenting: (isPresenting) => set({ isPresenting }),
});
