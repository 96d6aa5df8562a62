import '@cloudscape-design/global-styles/index.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initialColorMode } from './app/colorMode';
import { loadTheming } from './app/presentation';
import { createLakeStore, LakeStoreProvider, type LakeStore } from './store';
import { restoreSavedLab, startAutosave } from './store/persistence/autosave';
import { takeSharedLabFromLocation } from './features/share/openSharedLink';
import { setDefaultSqlRunner } from './engine/sql/runner';
import { createWorkerSqlRunner } from './workers/sqlRunnerClient';

/**
 * Everything that must happen before the first render, in one place: restore the saved
 * lab from IndexedDB, then start autosaving, then pick the colour mode.
 */
async function bootstrap(): Promise<LakeStore> {
  // Athena's SQL runs in a worker, so a long query never freezes the page.
  setDefaultSqlRunner(createWorkerSqlRunner());
  // A `?present=1` link fetches presentation mode's theming while the lab restores.
  if (/[?&]present=1/.test(window.location.hash)) void loadTheming();
  const store = createLakeStore();
  await restoreSavedLab(store);
  store.getState().resetHistory();
  // A whole-lab share link is only offered: the saved lab stays until the user confirms.
  takeSharedLabFromLocation(store);
  startAutosave(store);
  store.getState().setColorMode(initialColorMode());
  return store;
}

void bootstrap().then((store) => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <LakeStoreProvider store={store}>
        <App />
      </LakeStoreProvider>
    </StrictMode>,
  );
});
