import type { Language } from '../i18n/language';
import { lessonById } from './index';
import { localizeLesson } from './i18n/localize';
import type { Lesson } from './schema';

/** A lesson by id, in the language (English where a translation lacks a text). */
export function localizedLessonById(id: string, language: Language): Lesson | undefined {
  const lesson = lessonById(id);
  return lesson && localizeLesson(lesson, language);
}

/** A lesson's title in the language, or undefined for an unknown id. */
export function lessonTitle(id: string, language: Language): string | undefined {
  return localizedLessonById(id, language)?.title;
}
