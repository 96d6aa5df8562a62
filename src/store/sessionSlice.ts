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
}

export const createSessionSlice: SliceCreator<SessionSlice> = (set) => ({
  principal: undefined,
  colorMode: 'light',
  isTerminalOpen: false,
  setTerminalOpen: (isTerminalOpen) => set({ isTerminalOpen }),
  setPrincipal: (principal) => set({ principal }),
  setColorMode: (colorMode) => set({ colorMode }),
});
