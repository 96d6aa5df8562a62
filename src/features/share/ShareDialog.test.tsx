// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLakeStore, LakeStoreProvider } from '../../store';
import { OpenSharedLabModal } from './OpenSharedLabModal';
import { ShareDialog } from './ShareDialog';

beforeEach(() => localStorage.clear());
afterEach(cleanup);

function renderInFrench(node: React.ReactNode) {
  const store = createLakeStore();
  store.getState().setLanguage('fr');
  render(<LakeStoreProvider store={store}>{node}</LakeStoreProvider>);
  return store;
}

describe('Share in French', () => {
  it('says the dialog, the lesson at its step (French title) and the lab link in French', async () => {
    const store = renderInFrench(<ShareDialog visible onDismiss={() => undefined} />);
    expect(screen.getByText(/Aucune leçon en cours/)).toBeTruthy();
    cleanup();
    store.getState().setActiveLesson('lab-tour');
    render(
      <LakeStoreProvider store={store}>
        <ShareDialog visible onDismiss={() => undefined} />
      </LakeStoreProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Leçon' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Lab entier' })).toBeTruthy();
    // The lessons load with the dialog.
    expect(await screen.findByText(/^« Visite du lab », étape 1 : /)).toBeTruthy();
    expect(screen.getByLabelText('Lien vers la leçon à cette étape')).toBeTruthy();
    expect(screen.getByLabelText('Lien vers ce lab')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'Copier' }).length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Terminé' })).toBeTruthy();
    expect(screen.queryByText(/Link to|Whole lab|Done/)).toBeNull();
  });

  it('asks in French before a shared lab replaces the current one', async () => {
    const store = renderInFrench(<OpenSharedLabModal />);
    store.getState().offerSharedLab({
      bytes: new Uint8Array(),
      bucketNames: ['raw', 'curated'],
      simulatedTime: Date.UTC(2025, 0, 1),
    });
    expect(
      await screen.findByText(
        'Le lab partagé est à 2025-01-01 00:00 UTC et a 2 compartiments : raw, curated.',
      ),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ouvrir le lab partagé' })).toBeTruthy();
  });
});
