import { MODULE_1_QUIZ } from './module1';
import { MODULE_2_QUIZ } from './module2';
import { MODULE_3_QUIZ } from './module3';
import { MODULE_4_QUIZ } from './module4';
import { MODULE_5_QUIZ } from './module5';
import { MODULE_6_QUIZ } from './module6';
import { validateQuiz, type Quiz } from './schema';

export { isAnswerCorrect, scoreQuiz, type QuizAnswers, type QuizScore } from './scoring';
export { QuizValidationError, validateQuiz, type Question, type Quiz } from './schema';

/** Raw quiz data, one per module that has lessons; validated below. */
export const QUIZ_DATA: unknown[] = [
  MODULE_1_QUIZ,
  MODULE_2_QUIZ,
  MODULE_3_QUIZ,
  MODULE_4_QUIZ,
  MODULE_5_QUIZ,
  MODULE_6_QUIZ,
];

export const QUIZZES: Quiz[] = QUIZ_DATA.map(validateQuiz);

export function quizOfModule(module: number): Quiz | undefined {
  return QUIZZES.find((q) => q.module === module);
}
