import type { World } from '../world';

/**
 * The simulated source systems, each owned by its own module under src/engine/sources/.
 * Fields are optional so that labs saved before a source existed still load.
 */
export interface SourcesState {
  shopDb?: unknown;
  clickstream?: unknown;
  fileShares?: unknown;
  sftp?: unknown;
  crm?: unknown;
}

export function sourcesState(world: World): SourcesState {
  return (world.sources ??= {});
}
