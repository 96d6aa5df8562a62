import { MODULE_1_QUIZ } from './module1';
import { MODULE_2_QUIZ } from './module2';
import { validateQuiz, type Quiz } from './schema';

export { isAnswerCorrect, scoreQuiz, type QuizAnswers, type QuizScore } from './scoring';
export { QuizValidationError, validateQuiz, type Question, type Quiz } from './schema';

/** Raw quiz data, one per module that has lessons; validated below. */
export const QUIZ_DATA: unknown[] = [MODULE_1_QUIZ, MODULE_2_QUIZ];

export const QUIZZES: Quiz[] = QUIZ_DATA.map(validateQuiz);

export function quizOfModule(module: number): Quiz | undefined {
  return QUIZZES.find((q) => q.module === module);
}
