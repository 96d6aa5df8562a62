import type { World } from '../world';

/** The firehose service's part of the world: plain data, times in simulated epoch milliseconds. */
export interface FirehoseState {
  /** Filled in as the service grows. */
  version: 1;
}

export function initialFirehoseState(): FirehoseState {
  return { version: 1 };
}

/** The service's state, created on first use (labs saved before the service existed lack it). */
export function firehoseState(world: World): FirehoseState {
  return (world.firehose ??= initialFirehoseState());
}
