import { useMemo } from 'react';
import { configureClickstream } from '../../engine/sources/clickstream/producer';
import type { ClickstreamConfig } from '../../engine/sources/clickstream/state';
import { configureShopDb, openShopDb } from '../../engine/sources/shopdb';
import { configureSftpPartner } from '../../engine/sources/sftp';
import { useLakeStore, type LakeStore } from '../../store';

/**
 * The simulated source systems are not AWS APIs, so there is no operation to call: the canvas
 * changes them through their engine functions on the world and then bumps the store's version,
 * exactly what the engine's own notify does after a mutating call.
 */
function touch(store: LakeStore): void {
  store.setState((s) => ({ version: s.version + 1 }));
}

export interface SourceControls {
  configureClickstream(config: Omit<ClickstreamConfig, 'principal'>): void;
  configureShopDb(changesPerMinute: number): void;
  startSftpPartner(serverId: string, userName: string): void;
}

export function sourceControls(store: LakeStore): SourceControls {
  return {
    configureClickstream(config) {
      const { engine, principal } = store.getState();
      // The app's SDK calls run as the signed-in principal, like the console's own calls.
      configureClickstream(engine.world, principal ? { ...config, principal } : config);
      touch(store);
    },
    configureShopDb(changesPerMinute) {
      const world = store.getState().engine.world;
      openShopDb(world);
      configureShopDb(world, { changesPerMinute });
      touch(store);
    },
    startSftpPartner(serverId, userName) {
      configureSftpPartner(store.getState().engine.world, {
        ServerId: serverId,
        UserName: userName,
      });
      touch(store);
    },
  };
}

export function useSourceControls(): SourceControls {
  const store = useLakeStore();
  return useMemo(() => sourceControls(store), [store]);
}
