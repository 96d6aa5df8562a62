import { describe, expect, it } from 'vitest';
import { COURSE_MODULES, lessonById, lessonsOfModule } from '../lessons';
import { QUIZZES, quizOfModule, scoreQuiz, validateQuiz, type Quiz } from './index';
import { MODULE_2_QUIZ } from './module2';

describe('quiz data', () => {
  it('has a quiz for modules 1 and 2', () => {
    expect(quizOfModule(1)?.questions.length).toBeGreaterThanOrEqual(4);
    expect(quizOfModule(2)?.questions.length).toBeGreaterThanOrEqual(4);
  });

  it('has a quiz of 5 or more questions for every module 3 to 6, each module with lessons', () => {
    for (const module of [3, 4, 5, 6] as const) {
      expect(lessonsOfModule(module).length, `module ${module} lessons`).toBeGreaterThan(0);
      expect(quizOfModule(module)?.questions.length, `module ${module}`).toBeGreaterThanOrEqual(5);
    }
    expect(QUIZZES.map((q) => q.module)).toEqual(COURSE_MODULES.map((m) => m.number));
  });

  it('links each question to a lesson of the quiz’s own module', () => {
    for (const quiz of QUIZZES)
      for (const q of quiz.questions)
        expect(lessonById(q.teachesIn.lesson)?.module, `${quiz.module}/${q.id}`).toBe(quiz.module);
  });

  it('links every question to a lesson step that exists', () => {
    for (const quiz of QUIZZES)
      for (const q of quiz.questions) {
        const lesson = lessonById(q.teachesIn.lesson);
        expect(lesson, `${quiz.module}/${q.id}`).toBeDefined();
        expect(
          lesson!.steps.map((s) => s.id),
          `${quiz.module}/${q.id}`,
        ).toContain(q.teachesIn.step);
      }
  });

  it('rejects a right answer that names no choice, saying where', () => {
    const broken = structuredClone(MODULE_2_QUIZ);
    broken.questions[0]!.correct = ['nope'];
    expect(() => validateQuiz(broken)).toThrow(
      /questions\.0\.correct: names unknown choice "nope"/,
    );
  });

  it('rejects a single-choice question with two right answers', () => {
    const broken = structuredClone(MODULE_2_QUIZ);
    broken.questions[0]!.correct = ['lifecycle', 'delete'];
    expect(() => validateQuiz(broken)).toThrow(/must have one id for a single choice/);
  });

  it('rejects a quiz with fewer than 4 questions', () => {
    const broken = { ...MODULE_2_QUIZ, questions: MODULE_2_QUIZ.questions.slice(0, 3) };
    expect(() => validateQuiz(broken)).toThrow(/questions/);
  });
});

describe('scoreQuiz', () => {
  const quiz: Quiz = quizOfModule(2)!;

  it('counts every question right when each picked set equals the correct set', () => {
    const answers = Object.fromEntries(quiz.questions.map((q) => [q.id, [...q.correct]]));
    expect(scoreQuiz(quiz, answers)).toEqual({ correct: 5, total: 5, missed: [] });
  });

  it('gives no partial credit for a multiple choice missing one right choice', () => {
    const answers = Object.fromEntries(quiz.questions.map((q) => [q.id, [...q.correct]]));
    answers.columnar = ['columns'];
    expect(scoreQuiz(quiz, answers).missed).toEqual(['columnar']);
  });

  it('counts an unanswered question as missed', () => {
    expect(scoreQuiz(quiz, {}).correct).toBe(0);
  });
});
