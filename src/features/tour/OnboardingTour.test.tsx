// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createLakeStore, LakeStoreProvider } from '../../store';
import { OnboardingTour } from './OnboardingTour';
import { startTour } from './tourControl';

function renderTour(language: 'en' | 'fr') {
  const store = createLakeStore();
  store.getState().setLanguage(language);
  window.localStorage.setItem('lakelab.tourSeen', '1');
  render(
    <LakeStoreProvider store={store}>
      <OnboardingTour />
    </LakeStoreProvider>,
  );
  act(() => startTour());
}

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

describe('the console tour in French', () => {
  it('says each stop and its buttons in French', () => {
    renderTour('fr');
    const first = screen.getByRole('dialog', { name: 'Services' });
    expect(first.textContent).toContain('Étape 1 sur 7');
    expect(first.textContent).toContain('La navigation latérale ouvre chaque service simulé');
    expect(screen.getByRole('button', { name: 'Passer la visite' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Suivant' }));
    const clock = screen.getByRole('dialog', { name: 'Horloge simulée' });
    expect(clock.textContent).toContain('Étape 2 sur 7');
    fireEvent.click(screen.getByRole('button', { name: 'Précédent' }));
    expect(screen.getByRole('dialog', { name: 'Services' })).toBeTruthy();
  });

  it('ends with Terminer on the last stop', () => {
    renderTour('fr');
    for (let i = 0; i < 6; i++) fireEvent.click(screen.getByRole('button', { name: 'Suivant' }));
    expect(screen.getByRole('dialog', { name: 'Aide' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Terminer' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('stays in English for an English session', () => {
    renderTour('en');
    expect(screen.getByRole('dialog', { name: 'Services' }).textContent).toContain('Step 1 of 7');
  });
});
