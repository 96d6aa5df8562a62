import type { World } from '../world';

/** The kinesis service's part of the world: plain data, times in simulated epoch milliseconds. */
export interface KinesisState {
  /** Filled in as the service grows. */
  version: 1;
}

export function initialKinesisState(): KinesisState {
  return { version: 1 };
}

/** The service's state, created on first use (labs saved before the service existed lack it). */
export function kinesisState(world: World): KinesisState {
  return (world.kinesis ??= initialKinesisState());
}
