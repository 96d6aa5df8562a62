import { useCallback } from 'react';
import type { CourseModule, Lesson } from '../../lessons';
import { localizeLesson, localizeModule } from '../../lessons/i18n/localize';
import { useLake } from '../../store';

/** Lessons and course modules in the session's language (English where no translation exists). */
export function useLessonLanguage() {
  const language = useLake((s) => s.language);
  const lesson = useCallback((l: Lesson) => localizeLesson(l, language), [language]);
  const module = useCallback((m: CourseModule) => localizeModule(m, language), [language]);
  return { language, lesson, module };
}
