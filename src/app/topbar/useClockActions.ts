import { useState } from 'react';
import { DURATION_UNITS } from '../../engine/core/clock';
import { useLakeStore } from '../../store';

export const JUMP_PRESETS = [
  { id: '1h', label: '1 hour', ms: DURATION_UNITS.h! },
  { id: '1d', label: '1 day', ms: DURATION_UNITS.d! },
  { id: '7d', label: '7 days', ms: 7 * DURATION_UNITS.d! },
  { id: '30d', label: '30 days', ms: 30 * DURATION_UNITS.d! },
];

/** Jump and step, with a busy flag while the engine processes the events on the way. */
export function useClockActions() {
  const store = useLakeStore();
  const [isBusy, setBusy] = useState(false);
  const run = async (task: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await task();
    } catch (error) {
      store.getState().notify({
        type: 'error',
        header: 'The simulated clock stopped',
        content: (error as Error).message,
      });
    } finally {
      setBusy(false);
    }
  };
  return {
    isBusy,
    jump: (ms: number) => run(() => store.getState().jumpAhead(ms)),
    step: () => run(() => store.getState().stepToNextEvent()),
  };
}
