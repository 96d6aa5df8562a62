import type { Language } from '../i18n/language';
import { frenchSpacing } from '../i18n/typography';
import { FR_QUIZZES } from './fr';
import type { Quiz } from './schema';

/** A question's text in another language; ids, kind, correct answers and links stay in the quiz. */
export interface QuestionTranslation {
  prompt: string;
  /** Keyed by choice id; every choice of the question. */
  choices: Record<string, string>;
  explanation: string;
}

/** A quiz's text in another language, keyed by question id. */
export interface QuizTranslation {
  title: string;
  questions: Record<string, QuestionTranslation>;
}

const TRANSLATIONS: Record<Exclude<Language, 'en'>, Record<number, QuizTranslation>> = {
  fr: FR_QUIZZES,
};

/** The translation of a module's quiz, if that language has one. */
export function quizTranslation(language: Language, module: number): QuizTranslation | undefined {
  return language === 'en' ? undefined : TRANSLATIONS[language][module];
}

/**
 * The quiz as a student reads it in a language: translated text over the English structure.
 * Text missing from the translation stays in English.
 */
export function localizeQuiz(quiz: Quiz, language: Language): Quiz {
  const translation = quizTranslation(language, quiz.module);
  if (!translation) return quiz;
  const set = frenchSpacing; // the only translation today is French
  return {
    ...quiz,
    title: set(translation.title),
    questions: quiz.questions.map((q) => {
      const tq = translation.questions[q.id];
      if (!tq) return q;
      return {
        ...q,
        prompt: set(tq.prompt),
        explanation: set(tq.explanation),
        choices: q.choices.map((c) => ({ ...c, text: set(tq.choices[c.id] ?? c.text) })),
      };
    }),
  };
}
