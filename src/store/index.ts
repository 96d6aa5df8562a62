import { createStore, type StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { createContext, createElement, useContext, type ReactNode } from 'react';
import { createEngine, isAwsError, type Engine } from '../engine';
import { createClockSlice, type ClockSlice } from './clockSlice';
import { createNotificationsSlice, type NotificationsSlice } from './notificationsSlice';
import { createSessionSlice, type SessionSlice } from './sessionSlice';
import { createPersistenceSlice, type PersistenceSlice } from './persistence/persistenceSlice';
import { createLessonsSlice, type LessonsSlice } from './lessonsSlice';
import { createHistorySlice, type HistorySlice } from './history/historySlice';
import { createSharedLabSlice, type SharedLabSlice } from './history/sharedLabSlice';
import { createWaitingDeletesSlice, type WaitingDeletesSlice } from './waitingDeletesSlice';

export interface EngineSlice {
  engine: Engine;
  /** Bumps whenever the engine's world changes; selectors that read the world depend on it. */
  version: number;
  /**
   * Calls an AWS operation as the signed-in principal. An AWS error becomes a notification
   * (unless `quiet`) and is re-thrown so the caller can show it where the user acted.
   */
  call<O = unknown>(
    service: string,
    operation: string,
    input?: unknown,
    options?: { quiet?: boolean },
  ): Promise<O>;
  /** Replaces the engine (restore, import, reset) and resubscribes. */
  replaceEngine(engine: Engine): void;
}

export type LakeState = EngineSlice &
  ClockSlice &
  NotificationsSlice &
  SessionSlice &
  PersistenceSlice &
  LessonsSlice &
  HistorySlice &
  SharedLabSlice &
  WaitingDeletesSlice;
export type LakeStore = StoreApi<LakeState>;
type Set = LakeStore['setState'];
type Get = LakeStore['getState'];
export type SliceCreator<T> = (set: Set, get: Get) => T;

/** A fresh store around a fresh engine (tests pass a seed or their own engine). */
export function createLakeStore(options: { seed?: number; engine?: Engine } = {}): LakeStore {
  let unsubscribe: () => void = () => undefined;
  const store = createStore<LakeState>()((set, get) => {
    const bind = (engine: Engine) => {
      unsubscribe();
      unsubscribe = engine.subscribe(() => {
        set((s) => ({ version: s.version + 1 }));
        get().runWaitingDeletes();
      });
    };
    const engine = options.engine ?? createEngine({ seed: options.seed ?? 1 });
    bind(engine);
    return {
      engine,
      version: 0,
      async call<O>(
        service: string,
        operation: string,
        input: unknown = {},
        callOptions: { quiet?: boolean } = {},
      ) {
        try {
          return await get().engine.call<O>(service, operation, input, {
            principal: get().principal,
          });
        } catch (error) {
          if (isAwsError(error) && !callOptions.quiet)
            get().notify({
              type: 'error',
              header: `${operation} failed: ${error.name}`,
              content: error.message,
            });
          throw error;
        }
      },
      replaceEngine(next: Engine) {
        get().pause();
        bind(next);
        // Another world: what the old one was waiting to delete is not in it.
        set((s) => ({ engine: next, version: s.version + 1, waitingDeletes: [] }));
        get().resetHistory();
      },
      ...createClockSlice(set, get),
      ...createNotificationsSlice(set, get),
      ...createSessionSlice(set, get),
      ...createPersistenceSlice(set, get),
      ...createLessonsSlice(set, get),
      ...createHistorySlice(set, get),
      ...createSharedLabSlice(set, get),
      ...createWaitingDeletesSlice(set, get),
    };
  });
  store.getState().resetHistory();
  return store;
}

const StoreContext = createContext<LakeStore | null>(null);

export function LakeStoreProvider({ store, children }: { store: LakeStore; children: ReactNode }) {
  return createElement(StoreContext.Provider, { value: store }, children);
}

export function useLakeStore(): LakeStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useLake must be used inside <LakeStoreProvider>');
  return store;
}

/** Reads from the lab's store; re-renders when the selected value changes. */
export function useLake<T>(selector: (state: LakeState) => T): T {
  return useStore(useLakeStore(), selector);
}

export { useShallow } from 'zustand/react/shallow';
