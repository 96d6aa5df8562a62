import type { World } from '../world';
import type { ClickstreamState } from './clickstream/state';
import type { ShopDbState } from './shopdb/state';
import type { FileShareState } from './fileshare/state';
import type { SftpState } from './sftp/state';
import type { CrmState } from './crm/state';

/**
 * The simulated source systems, each owned by its own module under src/engine/sources/.
 * Fields are optional so that labs saved before a source existed still load.
 */
export interface SourcesState {
  shopDb?: ShopDbState;
  clickstream?: ClickstreamState;
  fileShares?: FileShareState;
  sftp?: SftpState;
  crm?: CrmState;
}

export function sourcesState(world: World): SourcesState {
  return (world.sources ??= {});
}
