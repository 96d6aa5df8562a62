import type { SliceCreator } from './index';

/** Simulated seconds per real second. */
export type ClockSpeed = 1 | 60 | 3600;

export interface ClockSlice {
  isPlaying: boolean;
  speed: ClockSpeed;
  play(speed?: ClockSpeed): void;
  pause(): void;
  /** Jumps ahead by a simulated duration, processing every event on the way. */
  jumpAhead(ms: number): Promise<void>;
  stepToNextEvent(): Promise<void>;
}

const TICK_MS = 250;

export const createClockSlice: SliceCreator<ClockSlice> = (set, get) => {
  let timer: ReturnType<typeof setInterval> | undefined;
  let busy = false;
  const stop = () => {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
  };
  return {
    isPlaying: false,
    speed: 60,
    play(speed) {
      stop();
      if (speed) set({ speed });
      set({ isPlaying: true });
      let last = performance.now();
      timer = setInterval(() => {
        const now = performance.now();
        const elapsed = now - last;
        last = now;
        // Skip a tick while the previous one is still being processed, never pile up work.
        if (busy) return;
        busy = true;
        get()
          .engine.clock.advance(Math.round(elapsed * get().speed))
          .finally(() => {
            busy = false;
          });
      }, TICK_MS);
    },
    pause() {
      stop();
      set({ isPlaying: false });
    },
    async jumpAhead(ms) {
      await get().engine.clock.advance(ms);
    },
    async stepToNextEvent() {
      await get().engine.clock.stepToNextEvent();
    },
  };
};
