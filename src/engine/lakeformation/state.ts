import type { World } from '../world';

/** The lakeformation service's part of the world: plain data, times in simulated epoch milliseconds. */
export interface LakeFormationState {
  /** Filled in as the service grows. */
  version: 1;
}

export function initialLakeFormationState(): LakeFormationState {
  return { version: 1 };
}

/** The service's state, created on first use (labs saved before the service existed lack it). */
export function lakeFormationState(world: World): LakeFormationState {
  return (world.lakeformation ??= initialLakeFormationState());
}
