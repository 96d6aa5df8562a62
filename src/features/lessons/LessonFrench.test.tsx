// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FR_LESSONS, FR_MODULES } from '../../lessons/i18n/fr';
import { createLakeStore, LakeStoreProvider, type LakeStore } from '../../store';
import ActiveLessonPanel from './ActiveLessonPanel';
import LessonsPage from './LessonsPage';
import { frenchSpacing } from '../../i18n/typography';

const tourFr = FR_LESSONS['lab-tour']!;

function renderAt(hash: string, store: LakeStore) {
  window.location.hash = hash;
  render(
    <LakeStoreProvider store={store}>
      <LessonsPage />
      <aside aria-label="Active lesson">
        <ActiveLessonPanel />
      </aside>
    </LakeStoreProvider>,
  );
}

function frenchStore(): LakeStore {
  const store = createLakeStore();
  store.getState().setLanguage('fr');
  return store;
}

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('the course in French', () => {
  it('titles the modules and lessons in French on the course overview', () => {
    renderAt('#/lessons', frenchStore());
    expect(screen.getByRole('heading', { level: 1, name: 'Cours' })).toBeTruthy();
    expect(screen.getAllByText('Étapes terminées : 0 sur 5').length).toBeGreaterThan(0);
    expect(
      screen.getByRole('heading', { name: frenchSpacing(`Module 1 : ${FR_MODULES[1]!.title}`) }),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: tourFr.title })).toBeTruthy();
    expect(screen.getByText(tourFr.summary)).toBeTruthy();
  });

  it('shows the lesson page, step, hints and explanation in French, and the check still ticks', async () => {
    const store = frenchStore();
    renderAt('#/lessons/lab-tour', store);
    fireEvent.click(screen.getByRole('button', { name: 'Commencer la leçon' }));
    fireEvent.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'Remplacer mon lab' }),
    );
    const step = tourFr.steps['create-bucket']!;
    expect(await screen.findAllByRole('heading', { name: step.title })).toHaveLength(2);
    expect(screen.getAllByText(/Un lac de données range ses fichiers dans/)).toHaveLength(2);
    fireEvent.click(screen.getAllByRole('button', { name: /Afficher un indice/ })[0]!);
    expect(screen.getByText(/le bouton .*se trouve en haut à droite de la liste/)).toBeTruthy();

    await act(() =>
      store.getState().call('s3', 'CreateBucket', { Bucket: 'my-first-lake-bucket' }),
    );
    expect(await screen.findAllByText('Étape terminée')).toHaveLength(2);
    expect(
      screen.getAllByText(/Le compartiment est le conteneur de plus haut niveau/),
    ).toHaveLength(2);
    expect(store.getState().progress['lab-tour']?.completedSteps).toEqual(['create-bucket']);
  });

  it('switches a lesson in progress between English and French, keeping its progress', async () => {
    const store = createLakeStore();
    renderAt('#/lessons/lab-tour', store);
    fireEvent.click(screen.getByRole('button', { name: 'Start lesson' }));
    fireEvent.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'Replace my lab' }),
    );
    expect(
      await screen.findAllByRole('heading', { name: 'Create your first bucket' }),
    ).toHaveLength(2);
    act(() => store.getState().setLanguage('fr'));
    expect(
      screen.getAllByRole('heading', { name: 'Créer votre premier compartiment' }),
    ).toHaveLength(2);
    expect(screen.getByRole('heading', { level: 1, name: tourFr.title })).toBeTruthy();
    act(() => store.getState().setLanguage('en'));
    expect(screen.getByRole('heading', { level: 1, name: 'Tour of the lab' })).toBeTruthy();
    expect(store.getState().activeLessonId).toBe('lab-tour');
  });
});
