import type { World } from '../world';

/** The athena service's part of the world: plain data, times in simulated epoch milliseconds. */
export interface AthenaState {
  /** Filled in as the service grows. */
  version: 1;
}

export function initialAthenaState(): AthenaState {
  return { version: 1 };
}

/** The service's state, created on first use (labs saved before the service existed lack it). */
export function athenaState(world: World): AthenaState {
  return (world.athena ??= initialAthenaState());
}
