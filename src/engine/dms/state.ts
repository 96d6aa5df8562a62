import type { World } from '../world';

/** The dms service's part of the world: plain data, times in simulated epoch milliseconds. */
export interface DmsState {
  /** Filled in as the service grows. */
  version: 1;
}

export function initialDmsState(): DmsState {
  return { version: 1 };
}

/** The service's state, created on first use (labs saved before the service existed lack it). */
export function dmsState(world: World): DmsState {
  return (world.dms ??= initialDmsState());
}
