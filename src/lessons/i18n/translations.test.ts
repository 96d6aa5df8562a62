import { describe, expect, it } from 'vitest';
import { COURSE_MODULES, LESSONS, lessonById } from '../index';
import { FR_LESSONS, FR_MODULES } from './fr';
import { localizeLesson, localizeModule, translateLesson } from './localize';

/**
 * The fenced ```code``` blocks and inline `code` spans of a Markdown text, sorted (word order may
 * differ between languages). Fences first, so the prose between two fences is not read as code.
 */
function codeSpans(text: string): string[] {
  return (text.match(/```[\s\S]*?```|`[^`]+`/g) ?? []).sort();
}

function expectSameCode(english: string, french: string, where: string): void {
  expect(french.trim(), `${where} is empty`).not.toBe('');
  expect(codeSpans(french), `${where}: inline code must stay exactly as in English`).toEqual(
    codeSpans(english),
  );
}

describe.each(Object.entries(FR_LESSONS))('French translation of %s', (lessonId, fr) => {
  const lesson = lessonById(lessonId);

  it('belongs to a lesson and has the same objectives, step ids and hints', () => {
    expect(lesson, `no lesson "${lessonId}"`).toBeDefined();
    if (!lesson) return;
    expect(fr.objectives).toHaveLength(lesson.objectives.length);
    expect(Object.keys(fr.steps).sort()).toEqual(lesson.steps.map((s) => s.id).sort());
    for (const step of lesson.steps)
      expect(fr.steps[step.id]?.hints, `hints of step ${step.id}`).toHaveLength(step.hints.length);
  });

  it('titles the Goal vs now of every step that has a goal', () => {
    const withGoal = lesson?.steps.filter((s) => s.goal) ?? [];
    const untitled = withGoal.filter((s) => !fr.steps[s.id]?.goalTitle?.trim()).map((s) => s.id);
    expect(untitled, 'steps with a goal but no French goalTitle').toEqual([]);
  });

  it('keeps every inline code span (commands, AWS names, SQL, paths) as in English', () => {
    if (!lesson) throw new Error(`no lesson "${lessonId}"`);
    expectSameCode(lesson.title, fr.title, 'title');
    expectSameCode(lesson.summary, fr.summary, 'summary');
    lesson.objectives.forEach((o, i) =>
      expectSameCode(o, fr.objectives[i] ?? '', `objective ${i + 1}`),
    );
    for (const step of lesson.steps) {
      const text = fr.steps[step.id];
      if (!text) throw new Error(`step ${step.id} has no translation`);
      expectSameCode(step.title, text.title, `${step.id} title`);
      expectSameCode(step.instructions, text.instructions, `${step.id} instructions`);
      expectSameCode(step.explanation, text.explanation, `${step.id} explanation`);
      if (step.goal) expectSameCode(step.goal.title, text.goalTitle ?? '', `${step.id} goal title`);
      step.hints.forEach((h, i) =>
        expectSameCode(h, text.hints[i] ?? '', `${step.id} hint ${i + 1}`),
      );
    }
  });
});

describe('French course coverage', () => {
  it('translates every lesson of modules 1 and 2', () => {
    const missing = LESSONS.filter((l) => l.module <= 2 && !FR_LESSONS[l.id]).map((l) => l.id);
    expect(missing).toEqual([]);
  });

  it('titles every course module in French', () => {
    expect(COURSE_MODULES.filter((m) => !FR_MODULES[m.number])).toEqual([]);
  });
});

describe('localizeLesson', () => {
  const tour = lessonById('lab-tour')!;

  it('returns the English lesson itself in English', () => {
    expect(localizeLesson(tour, 'en')).toBe(tour);
  });

  it('puts the French text in and leaves ids, set-up, checks and Show me untouched', () => {
    const fr = localizeLesson(tour, 'fr');
    expect(fr.title).toBe(FR_LESSONS['lab-tour']!.title);
    expect(fr.steps[0]!.instructions).toBe(
      FR_LESSONS['lab-tour']!.steps['create-bucket']!.instructions,
    );
    expect(fr.id).toBe(tour.id);
    expect(fr.setup).toBe(tour.setup);
    fr.steps.forEach((step, i) => {
      const english = tour.steps[i]!;
      expect(step.id).toBe(english.id);
      expect(step.check).toBe(english.check);
      expect(step.showMe).toBe(english.showMe);
    });
  });

  it("titles a step's goal in French and keeps what the goal reads", () => {
    const goal = {
      title: 'The bucket',
      read: { service: 's3', operation: 'ListBuckets' },
      show: { path: 'Buckets' },
    };
    const withGoal = { ...tour, steps: [{ ...tour.steps[0]!, goal }, ...tour.steps.slice(1)] };
    const french = FR_LESSONS['lab-tour']!;
    const stepText = { ...french.steps['create-bucket']!, goalTitle: 'Le compartiment' };
    const fr = translateLesson(withGoal, {
      ...french,
      steps: { ...french.steps, 'create-bucket': stepText },
    });
    expect(fr.steps[0]!.goal).toEqual({ ...goal, title: 'Le compartiment' });
    expect(fr.steps[0]!.goal!.read).toBe(goal.read);
  });

  it('gives the same object back each time, so live checks keep their identity', () => {
    expect(localizeLesson(tour, 'fr')).toBe(localizeLesson(tour, 'fr'));
  });

  it('keeps a lesson without a translation in English', () => {
    const untranslated = { ...tour, id: 'not-translated' };
    expect(localizeLesson(untranslated, 'fr')).toBe(untranslated);
  });
});

describe('localizeModule', () => {
  it('titles a module in French and keeps its number', () => {
    const first = COURSE_MODULES[0]!;
    expect(localizeModule(first, 'fr')).toEqual({ ...first, ...FR_MODULES[1] });
    expect(localizeModule(first, 'en')).toBe(first);
  });
});
