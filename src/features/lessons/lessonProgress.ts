import type { Lesson } from '../../lessons';
import type { LessonProgress } from '../../store/lessonsSlice';

/** Completed steps of the lesson (only steps the lesson still has count). */
export function completedCount(lesson: Lesson, progress: LessonProgress | undefined): number {
  return lesson.steps.filter((s) => progress?.completedSteps.includes(s.id)).length;
}
