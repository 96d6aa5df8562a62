import { describe, expect, it } from 'vitest';
import { createLakeStore, type LakeStore } from '../../store';
import { timelineRows } from './timelineRows';

async function act(store: LakeStore, operation: string, input: unknown) {
  await store
    .getState()
    .engine.call('s3', operation, input)
    .catch(() => undefined);
  await store.getState().historySettled();
}

const rowsOf = (store: LakeStore) => {
  const s = store.getState();
  return timelineRows(s.engine.eventLog(), s.historyFrames, s.historyCursor);
};

describe('timeline rows', () => {
  it('marks each change restorable to its frame, the latest as current, reads and failures as not', async () => {
    const store = createLakeStore();
    await act(store, 'CreateBucket', { Bucket: 'one' });
    await act(store, 'ListBuckets', {});
    await act(store, 'CreateBucket', { Bucket: 'Bad_Name' });
    await act(store, 'CreateBucket', { Bucket: 'two' });
    const rows = rowsOf(store);
    expect(rows.map((r) => [r.action, r.status])).toEqual([
      ['s3:CreateBucket', 'restorable'],
      ['s3:ListBuckets', 'read'],
      ['s3:CreateBucket', 'failed'],
      ['s3:CreateBucket', 'current'],
    ]);
    expect(rows[0]!.frameIndex).toBe(1);
  });

  it('keeps undone steps on the timeline, marked undone', async () => {
    const store = createLakeStore();
    await act(store, 'CreateBucket', { Bucket: 'one' });
    await act(store, 'CreateBucket', { Bucket: 'two' });
    await store.getState().undo();
    expect(rowsOf(store).map((r) => r.status)).toEqual(['current', 'undone']);
  });

  it('says why steps older than the kept history cannot be restored', async () => {
    const store = createLakeStore();
    await act(store, 'CreateBucket', { Bucket: 'one' });
    await act(store, 'CreateBucket', { Bucket: 'two' });
    store.getState().resetHistory();
    const [first] = rowsOf(store);
    expect(first!.status).toBe('too-old');
    expect(first!.note).toMatch(/older than the oldest state the history keeps/);
  });

  it('shows clock moves as their own steps, in time order', async () => {
    const store = createLakeStore();
    await act(store, 'CreateBucket', { Bucket: 'one' });
    await store.getState().jumpAhead(3_600_000);
    await store.getState().historySettled();
    await act(store, 'CreateBucket', { Bucket: 'two' });
    expect(rowsOf(store).map((r) => r.action)).toEqual([
      's3:CreateBucket',
      'lab:Clock',
      's3:CreateBucket',
    ]);
  });
});
