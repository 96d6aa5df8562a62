import { useMemo } from 'react';
import type { ClickstreamConfig } from '../../engine/sources/clickstream/state';
import { useLakeStore, type LakeStore } from '../../store';

/**
 * The simulated source systems are configured through LakeLab's `sources` service, so each
 * change goes through the engine like any call: logged, saved, undoable and seen by every view.
 */
export interface SourceControls {
  configureClickstream(config: Omit<ClickstreamConfig, 'principal'>): Promise<void>;
  configureShopDb(changesPerMinute: number): Promise<void>;
  startSftpPartner(serverId: string, userName: string): Promise<void>;
}

export function sourceControls(store: LakeStore): SourceControls {
  const call = (operation: string, input: unknown) =>
    store
      .getState()
      .call('sources', operation, input)
      .then(() => undefined);
  return {
    configureClickstream(config) {
      const { principal } = store.getState();
      // The app's SDK calls run as the signed-in principal, like the console's own calls.
      return call('ConfigureClickstream', principal ? { ...config, principal } : config);
    },
    configureShopDb(changesPerMinute) {
      return call('ConfigureShopDatabase', { ChangesPerMinute: changesPerMinute });
    },
    startSftpPartner(serverId, userName) {
      return call('ConfigureSftpPartner', { ServerId: serverId, UserName: userName });
    },
  };
}

export function useSourceControls(): SourceControls {
  const store = useLakeStore();
  return useMemo(() => sourceControls(store), [store]);
}
