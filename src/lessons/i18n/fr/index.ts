import type { LessonTranslation } from '../types';
import { labTour } from './labTour';

export { FR_MODULES } from './modules';

/**
 * French lesson text by lesson id. Shared file: each translator adds its own import and entry
 * (modules 1–2 must all be here; translations.test.ts checks them against the lessons).
 */
export const FR_LESSONS: Record<string, LessonTranslation> = {
  'lab-tour': labTour,
};
