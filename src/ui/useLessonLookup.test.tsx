// @vitest-environment jsdom
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { loadedLessonLookup } from '../lessons/lazy';
import { useLessonLookup } from './useLessonLookup';

afterEach(cleanup);

describe('useLessonLookup', () => {
  it('loads nothing while the lessons are not needed', async () => {
    const { result } = renderHook(() => useLessonLookup(false));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(result.current).toBeUndefined();
    expect(loadedLessonLookup()).toBeUndefined();
  });

  it('loads the lessons when needed, then names a lesson in the language', async () => {
    const { result } = renderHook(() => useLessonLookup());
    expect(result.current).toBeUndefined();
    await waitFor(() => expect(result.current).toBeDefined());
    expect(result.current?.lessonTitle('lab-tour', 'fr')).toBe('Visite du lab');
  });

  it('gives the loaded lessons at the first render once they have arrived', () => {
    const { result } = renderHook(() => useLessonLookup());
    expect(result.current?.lessonTitle('lab-tour', 'en')).toBe('Tour of the lab');
  });
});
