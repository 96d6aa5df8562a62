// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { createLakeStore } from './index';
import { PROGRESS_STORAGE_KEY } from './lessonsSlice';

describe('lessons slice', () => {
  beforeEach(() => localStorage.clear());

  it('saves completed steps in localStorage and reads them back in a new store', () => {
    createLakeStore().getState().completeStep('lab-tour', 'create-bucket');
    expect(JSON.parse(localStorage.getItem(PROGRESS_STORAGE_KEY) ?? '{}')).toEqual({
      'lab-tour': { completedSteps: ['create-bucket'], currentStep: 0 },
    });
    expect(createLakeStore().getState().progress['lab-tour']?.completedSteps).toEqual([
      'create-bucket',
    ]);
  });

  it('restarting from a step forgets that step and the later ones only', () => {
    const store = createLakeStore();
    for (const id of ['a', 'b', 'c']) store.getState().completeStep('l', id);
    store.getState().resetLessonProgress('l', ['a', 'b', 'c'], 1);
    expect(store.getState().progress.l).toEqual({ completedSteps: ['a'], currentStep: 1 });
  });

  it('ignores unreadable saved progress', () => {
    localStorage.setItem(PROGRESS_STORAGE_KEY, '{not json');
    expect(createLakeStore().getState().progress).toEqual({});
  });
});
