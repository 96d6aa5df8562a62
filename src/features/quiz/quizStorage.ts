import type { QuizScore } from '../../quizzes';

const key = (module: number) => `lakelab.quiz.${module}`;

/** The last score of a module's quiz in this browser, if any. */
export function loadQuizScore(module: number): QuizScore | undefined {
  try {
    const saved = window.localStorage.getItem(key(module));
    return saved ? (JSON.parse(saved) as QuizScore) : undefined;
  } catch {
    return undefined;
  }
}

export function saveQuizScore(module: number, score: QuizScore): void {
  try {
    window.localStorage.setItem(key(module), JSON.stringify(score));
  } catch {
    // Storage blocked: the score is shown but not remembered.
  }
}
