// The lessons (content, translations, validation) weigh ~250 KB: the first route loads
// them only when a lesson is shown, named or shared, through this module.
import type * as lookup from './lookup';

export type LessonLookup = typeof lookup;

let loaded: LessonLookup | undefined;
let pending: Promise<LessonLookup> | undefined;

/** Loads the lesson lookup once; later calls share the same promise. */
export function loadLessonLookup(): Promise<LessonLookup> {
  pending ??= import('./lookup').then((module) => (loaded = module));
  return pending;
}

/** The lesson lookup if it has loaded already, so a component can render it at once. */
export function loadedLessonLookup(): LessonLookup | undefined {
  return loaded;
}
