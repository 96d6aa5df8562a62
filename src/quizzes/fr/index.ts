import type { QuizTranslation } from '../translation';
import { MODULE_1_QUIZ_FR } from './module1';
import { MODULE_2_QUIZ_FR } from './module2';

/** French quiz text by module number. */
export const FR_QUIZZES: Record<number, QuizTranslation> = {
  1: MODULE_1_QUIZ_FR,
  2: MODULE_2_QUIZ_FR,
};
