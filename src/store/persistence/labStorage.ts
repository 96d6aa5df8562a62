import { createStore, get, set, del, type UseStore } from 'idb-keyval';
import { validateWorld } from '../../engine/core/labFile';
import type { World } from '../../engine';

/**
 * The lab in IndexedDB. A save is one IndexedDB transaction, so a failed write (quota)
 * leaves the previous save intact: work is never lost silently.
 */
const CURRENT = 'current';
let idbStore: UseStore | undefined;

function labStore(): UseStore {
  idbStore ??= createStore('lakelab', 'labs');
  return idbStore;
}

export function isStorageAvailable(): boolean {
  return typeof indexedDB !== 'undefined';
}

export async function saveLab(world: World): Promise<void> {
  await set(CURRENT, world, labStore());
}

export type LoadResult =
  | { kind: 'empty' }
  | { kind: 'loaded'; world: World }
  | { kind: 'damaged'; message: string; backupKey: string };

/** Loads the saved lab; a damaged save is moved aside as a backup, never deleted. */
export async function loadLab(): Promise<LoadResult> {
  const saved: unknown = await get(CURRENT, labStore());
  if (saved === undefined) return { kind: 'empty' };
  try {
    return { kind: 'loaded', world: validateWorld(saved) };
  } catch (error) {
    const backupKey = `damaged-${new Date().toISOString()}`;
    await set(backupKey, saved, labStore());
    await del(CURRENT, labStore());
    return { kind: 'damaged', message: (error as Error).message, backupKey };
  }
}

export async function clearSavedLab(): Promise<void> {
  await del(CURRENT, labStore());
}

export function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22)
  );
}
