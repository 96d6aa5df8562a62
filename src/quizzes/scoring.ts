import type { Question, Quiz } from './schema';

/** The choices a student picked, by question id. */
export type QuizAnswers = Record<string, string[]>;

/** Right only when the picked set equals the correct set: no partial credit for multiple choice. */
export function isAnswerCorrect(question: Question, picked: readonly string[]): boolean {
  const chosen = new Set(picked);
  return chosen.size === question.correct.length && question.correct.every((id) => chosen.has(id));
}

export interface QuizScore {
  correct: number;
  total: number;
  /** Ids of the questions answered wrongly or not at all. */
  missed: string[];
}

export function scoreQuiz(quiz: Quiz, answers: QuizAnswers): QuizScore {
  const missed = quiz.questions
    .filter((q) => !isAnswerCorrect(q, answers[q.id] ?? []))
    .map((q) => q.id);
  return { correct: quiz.questions.length - missed.length, total: quiz.questions.length, missed };
}
