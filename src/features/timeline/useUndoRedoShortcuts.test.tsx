// @vitest-environment jsdom
import { cleanup, fireEvent, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createLakeStore, LakeStoreProvider, type LakeStore } from '../../store';
import { isTextEditingTarget, useUndoRedoShortcuts } from './useUndoRedoShortcuts';

afterEach(cleanup);

function Shortcuts() {
  useUndoRedoShortcuts();
  return <input aria-label="Bucket name" />;
}

async function storeWithBucket(): Promise<LakeStore> {
  const store = createLakeStore();
  await store.getState().engine.call('s3', 'CreateBucket', { Bucket: 'typed-bucket' });
  await store.getState().historySettled();
  return store;
}

const buckets = (store: LakeStore) => Object.keys(store.getState().engine.world.s3.buckets);

describe('undo and redo shortcuts', () => {
  it('treats text fields and editors as text, sliders and buttons not', () => {
    document.body.innerHTML = `<input id="t"><input id="r" type="range"><textarea id="a"></textarea>
      <div class="cm-editor"><div id="cm"></div></div><button id="b">Go</button>`;
    const byId = (id: string) => document.getElementById(id);
    expect(isTextEditingTarget(byId('t'))).toBe(true);
    expect(isTextEditingTarget(byId('a'))).toBe(true);
    expect(isTextEditingTarget(byId('cm'))).toBe(true);
    expect(isTextEditingTarget(byId('r'))).toBe(false);
    expect(isTextEditingTarget(byId('b'))).toBe(false);
  });

  it('Ctrl+Z undoes and Ctrl+Shift+Z redoes when focus is outside text fields', async () => {
    const store = await storeWithBucket();
    render(
      <LakeStoreProvider store={store}>
        <Shortcuts />
      </LakeStoreProvider>,
    );
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(buckets(store)).toEqual([]));
    fireEvent.keyDown(document.body, { key: 'Z', ctrlKey: true, shiftKey: true });
    await waitFor(() => expect(buckets(store)).toEqual(['typed-bucket']));
  });

  it('leaves Ctrl+Z to a text field that has focus', async () => {
    const store = await storeWithBucket();
    const { getByLabelText } = render(
      <LakeStoreProvider store={store}>
        <Shortcuts />
      </LakeStoreProvider>,
    );
    fireEvent.keyDown(getByLabelText('Bucket name'), { key: 'z', ctrlKey: true });
    // An undo would have finished by now (it is what the test above waits for).
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(store.getState().historyCursor).toBe(1);
    expect(buckets(store)).toEqual(['typed-bucket']);
  });
});
