import type { World } from '../world';

/** The appflow service's part of the world: plain data, times in simulated epoch milliseconds. */
export interface AppFlowState {
  /** Filled in as the service grows. */
  version: 1;
}

export function initialAppFlowState(): AppFlowState {
  return { version: 1 };
}

/** The service's state, created on first use (labs saved before the service existed lack it). */
export function appFlowState(world: World): AppFlowState {
  return (world.appflow ??= initialAppFlowState());
}
