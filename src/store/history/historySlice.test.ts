import { describe, expect, it } from 'vitest';
import { createLakeStore, type LakeStore } from '../index';
import { HISTORY_LIMIT, selectRedoLabel, selectUndoLabel } from './historySlice';

async function act(store: LakeStore, service: string, operation: string, input: unknown) {
  await store.getState().engine.call(service, operation, input);
  await store.getState().historySettled();
}

const bucketNames = (store: LakeStore) => Object.keys(store.getState().engine.world.s3.buckets);

describe('undo and redo', () => {
  it('undo restores the exact world from before the call, and redo the exact world after it', async () => {
    const store = createLakeStore();
    await act(store, 's3', 'CreateBucket', { Bucket: 'first-bucket' });
    const before = store.getState().engine.snapshot();
    await act(store, 's3', 'CreateBucket', { Bucket: 'shop-raw-zone' });
    const after = store.getState().engine.snapshot();

    await store.getState().undo();
    expect(store.getState().engine.snapshot()).toEqual(before);
    expect(bucketNames(store)).toEqual(['first-bucket']);
    await store.getState().redo();
    expect(store.getState().engine.snapshot()).toEqual(after);
  });

  it('names the step to undo after the event log entry that followed the snapshot', async () => {
    const store = createLakeStore();
    await act(store, 's3', 'CreateBucket', { Bucket: 'shop-raw-zone' });
    expect(selectUndoLabel(store.getState())).toBe('CreateBucket shop-raw-zone');
    await store.getState().undo();
    expect(selectUndoLabel(store.getState())).toBeUndefined();
    expect(selectRedoLabel(store.getState())).toBe('CreateBucket shop-raw-zone');
  });

  it('does not record reads or failed calls as steps', async () => {
    const store = createLakeStore();
    await act(store, 's3', 'CreateBucket', { Bucket: 'kept' });
    await act(store, 's3', 'ListBuckets', {});
    await expect(act(store, 's3', 'CreateBucket', { Bucket: 'Bad_Name' })).rejects.toThrow();
    await store.getState().historySettled();
    expect(store.getState().historyFrames).toHaveLength(2);
  });

  it('a new action after undo clears redo', async () => {
    const store = createLakeStore();
    await act(store, 's3', 'CreateBucket', { Bucket: 'one' });
    await act(store, 's3', 'CreateBucket', { Bucket: 'two' });
    await store.getState().undo();
    await act(store, 's3', 'CreateBucket', { Bucket: 'three' });
    expect(selectRedoLabel(store.getState())).toBeUndefined();
    await store.getState().redo();
    expect(bucketNames(store).sort()).toEqual(['one', 'three']);
  });

  it(`keeps at most ${HISTORY_LIMIT} steps, dropping the oldest`, async () => {
    const store = createLakeStore();
    for (let i = 0; i < HISTORY_LIMIT + 10; i++)
      await act(store, 's3', 'CreateBucket', { Bucket: `bucket-${i}` });
    const { historyFrames } = store.getState();
    expect(historyFrames).toHaveLength(HISTORY_LIMIT + 1);
    await store.getState().goToHistoryFrame(0);
    expect(bucketNames(store)).toHaveLength(10);
    await store.getState().undo();
    expect(bucketNames(store)).toHaveLength(10);
  });

  it('snapshots share object bytes instead of copying them', async () => {
    const store = createLakeStore();
    await act(store, 's3', 'CreateBucket', { Bucket: 'data' });
    await act(store, 's3', 'PutObject', { Bucket: 'data', Key: 'a.csv', Body: 'x,y\n1,2\n' });
    await act(store, 's3', 'CreateBucket', { Bucket: 'other' });
    const [, , withObject, later] = store.getState().historyFrames;
    expect(later!.world.s3.buckets.data!.objects['a.csv']!.Body).toBe(
      withObject!.world.s3.buckets.data!.objects['a.csv']!.Body,
    );
  });

  it('coalesces clock ticks while playing into one step', async () => {
    const store = createLakeStore();
    await act(store, 's3', 'CreateBucket', { Bucket: 'before-play' });
    store.setState({ isPlaying: true });
    for (let i = 0; i < 5; i++) {
      await store.getState().engine.clock.advance(60_000);
      await store.getState().historySettled();
    }
    store.setState({ isPlaying: false });
    expect(store.getState().historyFrames).toHaveLength(3);
    expect(selectUndoLabel(store.getState())).toBe('Clock 2025-01-06 09:00 → 2025-01-06 09:05');
    await store.getState().undo();
    expect(store.getState().engine.clock.now().toISOString()).toBe('2025-01-06T09:00:00.000Z');
    expect(bucketNames(store)).toEqual(['before-play']);
  });

  it('records each jump ahead (not playing) as its own step', async () => {
    const store = createLakeStore();
    await store.getState().jumpAhead(60_000);
    await store.getState().historySettled();
    await store.getState().jumpAhead(60_000);
    await store.getState().historySettled();
    expect(store.getState().historyFrames).toHaveLength(3);
  });

  it('starts over when the engine is replaced', async () => {
    const store = createLakeStore();
    await act(store, 's3', 'CreateBucket', { Bucket: 'old-lab' });
    await store.getState().resetLab();
    expect(store.getState().historyFrames).toHaveLength(1);
    await act(store, 's3', 'CreateBucket', { Bucket: 'new-lab' });
    await store.getState().undo();
    expect(bucketNames(store)).toEqual([]);
  });
});

describe('one user action, one step', () => {
  it('records calls chained in one task (loading the sample data) as a single step', async () => {
    const store = createLakeStore();
    const engine = store.getState().engine;
    await engine.call('s3', 'CreateBucket', { Bucket: 'batch' });
    await engine.call('s3', 'PutObject', { Bucket: 'batch', Key: 'a', Body: 'a' });
    await engine.call('s3', 'PutObject', { Bucket: 'batch', Key: 'b', Body: 'b' });
    await store.getState().historySettled();
    expect(store.getState().historyFrames).toHaveLength(2);
    expect(selectUndoLabel(store.getState())).toBe('CreateBucket batch (+2 more)');
    await store.getState().undo();
    expect(bucketNames(store)).toEqual([]);
  });
});
