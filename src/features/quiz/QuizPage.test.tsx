// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLakeStore, LakeStoreProvider } from '../../store';
import QuizPage from './QuizPage';
import { frenchSpacing } from '../../i18n/typography';

function renderQuiz(language: 'en' | 'fr') {
  const store = createLakeStore();
  store.getState().setLanguage(language);
  render(
    <LakeStoreProvider store={store}>
      <QuizPage />
    </LakeStoreProvider>,
  );
  return store;
}

beforeEach(() => {
  window.location.hash = '#/quiz/2';
});
afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

describe('the module 2 quiz in French', () => {
  it('shows the questions, choices and buttons in French', () => {
    renderQuiz('fr');
    expect(
      screen.getByRole('heading', {
        level: 1,
        name: frenchSpacing('Ingestion, catalogage et préparation : auto-évaluation'),
      }),
    ).toBeTruthy();
    expect(screen.getByText(/Pourquoi Parquet est-il en général meilleur/)).toBeTruthy();
    expect(screen.getByText('Une requête ne lit que les colonnes dont elle a besoin')).toBeTruthy();
    expect(screen.getAllByText('Choisissez une réponse').length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Vérifier mes réponses' })).toBeTruthy();
    expect(screen.queryByText(/Why is Parquet/)).toBeNull();
  });

  it('explains answers and links the lesson step by its French title', () => {
    renderQuiz('fr');
    fireEvent.click(screen.getByRole('button', { name: 'Vérifier mes réponses' }));
    expect(screen.getByText('Votre score : 0 sur 5')).toBeTruthy();
    expect(screen.getByText(/Seules les clés de partition élaguent/)).toBeTruthy();
    expect(
      screen.getByText(
        'Réponse : Une requête ne lit que les colonnes dont elle a besoin ; Les colonnes se compressent bien : on stocke et on analyse moins de données',
      ),
    ).toBeTruthy();
    const link = screen.getByRole('link', {
      name: frenchSpacing(
        'À apprendre dans « Élagage des partitions », étape « Lire un seul mois »',
      ),
    });
    expect(link.getAttribute('href')).toBe('#/lessons/athena-partition-pruning?step=prune');
  });

  it('switches to English with the session language, keeping the answers picked', () => {
    const store = renderQuiz('fr');
    fireEvent.click(screen.getByText('Une requête ne lit que les colonnes dont elle a besoin'));
    act(() => store.getState().setLanguage('en'));
    expect(screen.getByText('A query reads only the columns it needs')).toBeTruthy();
    const boxes = screen.getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes.map((b) => b.checked)).toEqual([true, false, false]);
  });
});
