import type { World } from '../engine/world';
import type { SliceCreator } from './index';

/** A delete AWS refused because its resource is still being created. */
export interface WaitingDelete {
  service: string;
  operation: string;
  input: Record<string, unknown>;
  /** What it deletes, in words ("Kinesis data stream clicks"). */
  resource: string;
}

export interface WaitingDeletesSlice {
  waitingDeletes: WaitingDelete[];
  /**
   * Deletes to make as soon as their resource has finished creating, in order, the way a
   * CloudFormation rollback waits for a resource to stabilise: Kinesis and Firehose refuse to
   * delete a stream while it is CREATING (API_DeleteStream.html, API_DeleteDeliveryStream.html).
   */
  deleteWhenCreated(deletes: readonly WaitingDelete[]): void;
  /** Makes the waiting deletes whose resource is ready; called after every change of the world. */
  runWaitingDeletes(): void;
}

type Readiness = 'creating' | 'ready' | 'gone';

const str = (value: unknown) => (typeof value === 'string' ? value : '');

/** Whether the resource a waiting delete names is still being created, ready, or already gone. */
export function readinessOf(world: World, d: WaitingDelete): Readiness {
  let status: string | undefined;
  if (d.service === 'kinesis')
    status = world.kinesis?.streams[str(d.input['StreamName'])]?.StreamStatus;
  else if (d.service === 'firehose')
    status = world.firehose?.streams[str(d.input['DeliveryStreamName'])]?.DeliveryStreamStatus;
  else return 'ready';
  if (status === undefined) return 'gone';
  return status === 'CREATING' ? 'creating' : 'ready';
}

const sameDelete = (a: WaitingDelete, b: WaitingDelete) =>
  a.service === b.service && a.operation === b.operation && a.resource === b.resource;

export const createWaitingDeletesSlice: SliceCreator<WaitingDeletesSlice> = (set, get) => {
  let running = false;
  return {
    waitingDeletes: [],
    deleteWhenCreated(deletes) {
      const fresh = deletes.filter((d) => !get().waitingDeletes.some((w) => sameDelete(w, d)));
      if (fresh.length) set((s) => ({ waitingDeletes: [...s.waitingDeletes, ...fresh] }));
    },
    runWaitingDeletes() {
      if (running || get().waitingDeletes.length === 0) return;
      const world = get().engine.world;
      const next = get().waitingDeletes.find((d) => readinessOf(world, d) !== 'creating');
      if (!next) return;
      running = true;
      const done = () => {
        set((s) => ({ waitingDeletes: s.waitingDeletes.filter((w) => !sameDelete(w, next)) }));
        running = false;
        get().runWaitingDeletes();
      };
      if (readinessOf(world, next) === 'gone') return done();
      get()
        .call(next.service, next.operation, next.input, { quiet: true })
        .then(
          () =>
            get().notify({
              type: 'info',
              header: `Deleted ${next.resource}`,
              content: 'It was left by a rolled-back pipeline while it was still being created.',
            }),
          (error: unknown) =>
            get().notify({
              type: 'warning',
              header: `Could not delete ${next.resource}`,
              content: `${error instanceof Error ? error.message : String(error)} Delete it yourself.`,
            }),
        )
        .finally(done);
    },
  };
};
