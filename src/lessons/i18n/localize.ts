import type { Language } from '../../i18n/language';
import { frenchSpacing } from '../../i18n/typography';
import type { CourseModule } from '../index';
import type { Lesson, Step } from '../schema';
import { FR_LESSONS, FR_MODULES } from './fr';
import type { LessonTranslation, ModuleTranslation, StepTranslation } from './types';

const LESSON_TRANSLATIONS: Record<Exclude<Language, 'en'>, Record<string, LessonTranslation>> = {
  fr: FR_LESSONS,
};
const MODULE_TRANSLATIONS: Record<Exclude<Language, 'en'>, Record<number, ModuleTranslation>> = {
  fr: FR_MODULES,
};

/** The translation of a lesson in a language, if there is one (English is the lesson itself). */
export function lessonTranslation(
  lessonId: string,
  language: Language,
): LessonTranslation | undefined {
  return language === 'en' ? undefined : LESSON_TRANSLATIONS[language][lessonId];
}

/** One list translated item by item; falls back to English when the lengths differ. */
function sameLength(english: readonly string[], translated: readonly string[]): string[] {
  return translated.length === english.length ? [...translated] : [...english];
}

function localizeStep(step: Step, text: StepTranslation | undefined): Step {
  if (!text) return step;
  return {
    ...step,
    title: text.title,
    instructions: text.instructions,
    hints: sameLength(step.hints, text.hints),
    explanation: text.explanation,
    ...(step.goal && text.goalTitle ? { goal: { ...step.goal, title: text.goalTitle } } : {}),
  };
}

/** The lesson with a translation's text put in; steps the translation lacks stay in English. */
export function translateLesson(lesson: Lesson, text: LessonTranslation): Lesson {
  return {
    ...lesson,
    title: text.title,
    summary: text.summary,
    objectives: sameLength(lesson.objectives, text.objectives),
    steps: lesson.steps.map((step) => localizeStep(step, text.steps[step.id])),
  };
}

// Same lesson object in, same localised object out: live checks keep their identity.
const cache: Record<Exclude<Language, 'en'>, WeakMap<Lesson, Lesson>> = { fr: new WeakMap() };

const TYPOGRAPHY: Record<Exclude<Language, 'en'>, (text: string) => string> = { fr: frenchSpacing };

/** Every string a student reads in a translation, set in the language's typography. */
function typeset(text: LessonTranslation, language: Exclude<Language, 'en'>): LessonTranslation {
  const set = TYPOGRAPHY[language];
  const steps = Object.fromEntries(
    Object.entries(text.steps).map(([id, step]) => [
      id,
      {
        ...step,
        title: set(step.title),
        instructions: set(step.instructions),
        hints: step.hints.map(set),
        explanation: set(step.explanation),
        ...(step.goalTitle ? { goalTitle: set(step.goalTitle) } : {}),
      },
    ]),
  );
  return {
    title: set(text.title),
    summary: set(text.summary),
    objectives: text.objectives.map(set),
    steps,
  };
}

/**
 * The lesson with its text in `language`: title, summary, objectives and each step's title,
 * instructions, hints and explanation. Ids, set-up, checks and "Show me" are untouched; a lesson
 * (or a step) without a translation stays in English.
 */
export function localizeLesson(lesson: Lesson, language: Language): Lesson {
  if (language === 'en') return lesson;
  const cached = cache[language].get(lesson);
  if (cached) return cached;
  const text = lessonTranslation(lesson.id, language);
  const localized = text ? translateLesson(lesson, typeset(text, language)) : lesson;
  cache[language].set(lesson, localized);
  return localized;
}

/** A course module's title (and what its lessons arrive with) in `language`. */
export function localizeModule(module: CourseModule, language: Language): CourseModule {
  if (language === 'en') return module;
  const text = MODULE_TRANSLATIONS[language][module.number];
  return text ? { ...module, ...text } : module;
}
