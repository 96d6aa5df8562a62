import { useEffect, useState } from 'react';
import { loadLessonLookup, loadedLessonLookup, type LessonLookup } from '../lessons/lazy';

/**
 * The lesson lookup, loaded on first need: undefined until its chunk arrives (at once when
 * it has arrived before). Nothing loads while `needed` is false.
 */
export function useLessonLookup(needed = true): LessonLookup | undefined {
  const [lookup, setLookup] = useState(loadedLessonLookup);
  useEffect(() => {
    if (!needed || lookup) return;
    let current = true;
    void loadLessonLookup().then((module) => {
      if (current) setLookup(() => module);
    });
    return () => {
      current = false;
    };
  }, [needed, lookup]);
  return lookup;
}
