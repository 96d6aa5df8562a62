import type { LakeStore } from '../index';
import { loadLab } from './labStorage';

const DEBOUNCE_MS = 1000;
// A playing clock changes the world four times a second: save at least this often anyway.
const MAX_WAIT_MS = 5000;

/** Restores the saved lab (if any) into the store's engine, reporting a damaged save. */
export async function restoreSavedLab(store: LakeStore): Promise<void> {
  const state = store.getState();
  try {
    const result = await loadLab();
    if (result.kind === 'loaded') state.engine.restore(result.world);
    if (result.kind === 'damaged')
      state.notify({
        type: 'warning',
        header: 'Your saved lab could not be loaded',
        content: `${result.message} It was kept in the browser as “${result.backupKey}”; LakeLab started a fresh lab.`,
      });
  } catch (error) {
    state.notify({
      type: 'warning',
      header: 'Saved labs are unavailable',
      content: `This browser refused access to its storage (${(error as Error).message}). The lab works, but will not be saved between visits: use Export lab to keep it.`,
    });
  }
}

/** Saves the lab a second after it stops changing; returns a function that stops autosaving. */
export function startAutosave(store: LakeStore): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstChangeAt: number | undefined;
  const flush = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    timer = undefined;
    firstChangeAt = undefined;
    void store.getState().saveNow();
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.version === previous.version) return;
    const now = Date.now();
    firstChangeAt ??= now;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(flush, Math.min(DEBOUNCE_MS, firstChangeAt + MAX_WAIT_MS - now));
  });
  window.addEventListener('pagehide', flush);
  return () => {
    unsubscribe();
    window.removeEventListener('pagehide', flush);
    if (timer !== undefined) clearTimeout(timer);
  };
}
