import type { World } from '../world';

/** The transfer service's part of the world: plain data, times in simulated epoch milliseconds. */
export interface TransferState {
  /** Filled in as the service grows. */
  version: 1;
}

export function initialTransferState(): TransferState {
  return { version: 1 };
}

/** The service's state, created on first use (labs saved before the service existed lack it). */
export function transferState(world: World): TransferState {
  return (world.transfer ??= initialTransferState());
}
