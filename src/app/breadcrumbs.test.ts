import { describe, expect, it } from 'vitest';
import { lessonTitle } from '../lessons/lookup';
import { breadcrumbsFor } from './breadcrumbs';

const texts = (path: string, language: 'en' | 'fr' = 'en') =>
  breadcrumbsFor(path, path.split('/').filter(Boolean), language, lessonTitle).map((i) => i.text);

describe('breadcrumbsFor', () => {
  it('names a lesson page by the lesson’s title, not its id', () => {
    expect(texts('/lessons/lab-tour')).toEqual(['LakeLab', 'Course', 'Tour of the lab']);
  });

  it('names a lesson page by its French title in French', () => {
    expect(texts('/lessons/lab-tour', 'fr')).toEqual(['LakeLab', 'Cours', 'Visite du lab']);
  });

  it('keeps an unknown lesson id as written', () => {
    expect(texts('/lessons/no-such-lesson')).toEqual(['LakeLab', 'Course', 'no-such-lesson']);
  });

  it('shows the lesson id while the lessons have not loaded', () => {
    const items = breadcrumbsFor('/lessons/lab-tour', ['lessons', 'lab-tour'], 'en');
    expect(items.map((i) => i.text)).toEqual(['LakeLab', 'Course', 'lab-tour']);
  });
});
