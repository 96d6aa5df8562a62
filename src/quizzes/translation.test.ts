import { describe, expect, it } from 'vitest';
import { QUIZZES, quizOfModule } from './index';
import { localizeQuiz, quizTranslation } from './translation';

const codeSpans = (text: string) => text.match(/`[^`]*`/g) ?? [];

describe('French quizzes', () => {
  it('exist for modules 1 and 2', () => {
    expect(quizTranslation('fr', 1)).toBeDefined();
    expect(quizTranslation('fr', 2)).toBeDefined();
  });

  for (const module of [1, 2]) {
    const english = quizOfModule(module)!;
    const translation = quizTranslation('fr', module)!;

    it(`module ${module}: translates the same questions, in the same order, and no other`, () => {
      expect(Object.keys(translation.questions)).toEqual(english.questions.map((q) => q.id));
    });

    it(`module ${module}: translates every choice of each question, and no other`, () => {
      for (const q of english.questions)
        expect(Object.keys(translation.questions[q.id]!.choices).sort(), q.id).toEqual(
          q.choices.map((c) => c.id).sort(),
        );
    });

    it(`module ${module}: keeps the right answers and the lesson steps they link to`, () => {
      const french = localizeQuiz(english, 'fr');
      expect(french.questions.map((q) => q.id)).toEqual(english.questions.map((q) => q.id));
      french.questions.forEach((q, i) => {
        const en = english.questions[i]!;
        expect(q.kind, q.id).toBe(en.kind);
        expect(q.correct, q.id).toEqual(en.correct);
        expect(q.teachesIn, q.id).toEqual(en.teachesIn);
        expect(
          q.choices.map((c) => c.id),
          q.id,
        ).toEqual(en.choices.map((c) => c.id));
      });
    });

    it(`module ${module}: keeps inline code exactly as in English`, () => {
      for (const q of english.questions) {
        const fr = translation.questions[q.id]!;
        expect(codeSpans(fr.prompt), q.id).toEqual(codeSpans(q.prompt));
        expect(codeSpans(fr.explanation), q.id).toEqual(codeSpans(q.explanation));
      }
    });

    it(`module ${module}: shows French text, not the English`, () => {
      const french = localizeQuiz(english, 'fr');
      expect(french.title).not.toBe(english.title);
      french.questions.forEach((q, i) => {
        expect(q.prompt, q.id).not.toBe(english.questions[i]!.prompt);
        expect(q.explanation, q.id).not.toBe(english.questions[i]!.explanation);
      });
    });
  }

  it('leaves every quiz unchanged in English', () => {
    for (const quiz of QUIZZES) expect(localizeQuiz(quiz, 'en')).toBe(quiz);
  });

  it('falls back to English for a module without a French quiz', () => {
    const untranslated = { ...quizOfModule(2)!, module: 6 };
    expect(localizeQuiz(untranslated, 'fr')).toBe(untranslated);
  });
});
