import { describe, expect, it, vi } from 'vitest';
import { createLakeStore } from './index';

const deleteClicks = {
  service: 'kinesis',
  operation: 'DeleteStream',
  input: { StreamName: 'clicks' },
  resource: 'Kinesis data stream clicks',
};

// Kinesis: "If the stream is in the ACTIVE state, you can delete it" (API_DeleteStream.html), so a
// rolled-back pipeline's stream is deleted once the clock has made it ACTIVE, not before.
describe('deletes that wait for their resource to be created', () => {
  it('deletes a CREATING stream as soon as the clock makes it ACTIVE, and says so', async () => {
    const store = createLakeStore();
    const { engine } = store.getState();
    await store.getState().call('kinesis', 'CreateStream', { StreamName: 'clicks', ShardCount: 1 });
    store.getState().deleteWhenCreated([deleteClicks]);
    await engine.clock.advance(5_000);
    expect(engine.world.kinesis?.streams['clicks']?.StreamStatus).toBe('CREATING');
    expect(store.getState().waitingDeletes).toHaveLength(1);

    await engine.clock.advance(5_000);
    await vi.waitFor(() => expect(engine.world.kinesis?.streams['clicks']).toBeUndefined());
    await vi.waitFor(() => expect(store.getState().waitingDeletes).toEqual([]));
    expect(store.getState().notifications.map((n) => n.header)).toContain(
      'Deleted Kinesis data stream clicks',
    );
    // No refused delete was tried while it waited: the event log has exactly one DeleteStream.
    expect(engine.eventLog().filter((e) => e.operation === 'DeleteStream')).toHaveLength(1);
  });

  it('drops a waiting delete whose resource someone else removed, and forgets all on a new lab', async () => {
    const store = createLakeStore();
    store.getState().deleteWhenCreated([deleteClicks]);
    store.getState().deleteWhenCreated([deleteClicks]);
    expect(store.getState().waitingDeletes).toHaveLength(1);
    store.getState().runWaitingDeletes();
    expect(store.getState().waitingDeletes).toEqual([]);

    await store.getState().call('kinesis', 'CreateStream', { StreamName: 'clicks', ShardCount: 1 });
    store.getState().deleteWhenCreated([deleteClicks]);
    await store.getState().resetLab();
    expect(store.getState().waitingDeletes).toEqual([]);
  });
});
