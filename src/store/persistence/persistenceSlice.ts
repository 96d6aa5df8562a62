import { createEngine } from '../../engine';
import { LAB_FILE_EXTENSION, readLabFile, writeLabFile } from '../../engine/core/labFile';
import type { SliceCreator } from '../index';
import { clearSavedLab, isQuotaError, isStorageAvailable, saveLab } from './labStorage';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'error' | 'unavailable';

export interface PersistenceSlice {
  saveStatus: SaveStatus;
  /** Real wall-clock time of the last successful save. */
  lastSavedAt: number | undefined;
  saveError: string | undefined;
  /** Saves the lab to the browser now (autosave calls this, debounced). */
  saveNow(): Promise<void>;
  /** The whole lab as a `.lakelab` file. */
  exportLab(): { name: string; bytes: Uint8Array };
  /** Replaces the lab with a validated file; a bad file changes nothing and throws why. */
  importLab(bytes: Uint8Array): void;
  /** Starts over with an empty lab (same seed). */
  resetLab(): Promise<void>;
}

export const createPersistenceSlice: SliceCreator<PersistenceSlice> = (set, get) => ({
  saveStatus: isStorageAvailable() ? 'idle' : 'unavailable',
  lastSavedAt: undefined,
  saveError: undefined,
  async saveNow() {
    if (!isStorageAvailable()) return;
    set({ saveStatus: 'saving' });
    try {
      await saveLab(get().engine.snapshot());
      set({ saveStatus: 'saved', lastSavedAt: Date.now(), saveError: undefined });
    } catch (error) {
      const message = isQuotaError(error)
        ? 'The browser’s storage for this site is full, so the lab could not be saved. Your previous save is kept. Export the lab to a file, then delete large objects or free space.'
        : `The lab could not be saved: ${(error as Error).message}. Your previous save is kept.`;
      if (get().saveError !== message)
        get().notify({ type: 'warning', header: 'Autosave failed', content: message });
      set({ saveStatus: 'error', saveError: message });
    }
  },
  exportLab() {
    const world = get().engine.snapshot();
    const stamp = new Date(world.clock.now).toISOString().slice(0, 16).replace(/[:T]/g, '-');
    return { name: `lakelab-${stamp}${LAB_FILE_EXTENSION}`, bytes: writeLabFile(world) };
  },
  importLab(bytes) {
    const world = readLabFile(bytes);
    const engine = createEngine({ seed: world.seed });
    engine.restore(world);
    get().replaceEngine(engine);
    get().setPrincipal(undefined);
  },
  async resetLab() {
    get().replaceEngine(createEngine({ seed: get().engine.world.seed }));
    get().setPrincipal(undefined);
    try {
      await clearSavedLab();
    } catch (error) {
      get().notify({
        type: 'warning',
        header: 'The old save could not be cleared',
        content: (error as Error).message,
      });
    }
  },
});
