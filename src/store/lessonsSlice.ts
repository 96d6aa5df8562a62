import type { SliceCreator } from './index';

/** Where a student is in one lesson. */
export interface LessonProgress {
  /** Ids of the steps whose check has passed. */
  completedSteps: string[];
  /** Index of the step the panel shows. */
  currentStep: number;
}

export type CourseProgress = Record<string, LessonProgress>;

export interface LessonsSlice {
  progress: CourseProgress;
  /** The lesson the step panel follows, if any. */
  activeLessonId: string | undefined;
  setActiveLesson(lessonId: string | undefined): void;
  completeStep(lessonId: string, stepId: string): void;
  goToStep(lessonId: string, index: number): void;
  /** Forgets the lesson's progress from `fromStep` on (all of it when 0). */
  resetLessonProgress(lessonId: string, stepIds: string[], fromStep?: number): void;
}

export const PROGRESS_STORAGE_KEY = 'lakelab.progress';

function readProgress(): CourseProgress {
  try {
    const text = globalThis.localStorage?.getItem(PROGRESS_STORAGE_KEY);
    const parsed: unknown = text ? JSON.parse(text) : {};
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as CourseProgress)
      : {};
  } catch {
    // Unreadable saved progress starts the course afresh rather than breaking the console.
    return {};
  }
}

function writeProgress(progress: CourseProgress): void {
  try {
    globalThis.localStorage?.setItem(PROGRESS_STORAGE_KEY, JSON.stringify(progress));
  } catch {
    // Storage full or disabled: progress lives for this tab only.
  }
}

const EMPTY: LessonProgress = { completedSteps: [], currentStep: 0 };

export const createLessonsSlice: SliceCreator<LessonsSlice> = (set, get) => {
  const update = (lessonId: string, change: (p: LessonProgress) => LessonProgress) => {
    const progress = { ...get().progress, [lessonId]: change(get().progress[lessonId] ?? EMPTY) };
    writeProgress(progress);
    set({ progress });
  };
  return {
    progress: readProgress(),
    activeLessonId: undefined,
    setActiveLesson: (activeLessonId) => set({ activeLessonId }),
    completeStep: (lessonId, stepId) =>
      update(lessonId, (p) =>
        p.completedSteps.includes(stepId)
          ? p
          : { ...p, completedSteps: [...p.completedSteps, stepId] },
      ),
    goToStep: (lessonId, index) =>
      update(lessonId, (p) => ({ ...p, currentStep: Math.max(0, index) })),
    resetLessonProgress: (lessonId, stepIds, fromStep = 0) =>
      update(lessonId, (p) => ({
        completedSteps: p.completedSteps.filter(
          (id) => stepIds.indexOf(id) !== -1 && stepIds.indexOf(id) < fromStep,
        ),
        currentStep: fromStep,
      })),
  };
};
