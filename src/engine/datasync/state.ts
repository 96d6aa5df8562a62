import type { World } from '../world';

/** The datasync service's part of the world: plain data, times in simulated epoch milliseconds. */
export interface DataSyncState {
  /** Filled in as the service grows. */
  version: 1;
}

export function initialDataSyncState(): DataSyncState {
  return { version: 1 };
}

/** The service's state, created on first use (labs saved before the service existed lack it). */
export function dataSyncState(world: World): DataSyncState {
  return (world.datasync ??= initialDataSyncState());
}
