// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLakeStore, LakeStoreProvider, type LakeStore } from '../store';
import { App } from './App';
import { frenchSpacing } from '../i18n/typography';

function renderApp(store: LakeStore = createLakeStore()) {
  render(
    <LakeStoreProvider store={store}>
      <App />
    </LakeStoreProvider>,
  );
  return store;
}

const simulatedTime = () => screen.getByLabelText('Simulated time').textContent;

beforeEach(() => {
  window.location.hash = '#/';
});
afterEach(() => {
  cleanup();
  document.body.className = '';
  window.localStorage.clear();
});

describe('the simulated clock in the top bar', () => {
  it('shows the start time in UTC, and jumping ahead 1 day moves the displayed date', async () => {
    renderApp();
    expect(simulatedTime()).toBe('Mon, 6 Jan 2025, 09:00:00 UTC');
    fireEvent.click(screen.getByRole('button', { name: 'Jump ahead' }));
    fireEvent.click(await screen.findByText('1 day'));
    await waitFor(() => expect(simulatedTime()).toBe('Tue, 7 Jan 2025, 09:00:00 UTC'));
  });

  it('offers Play, and shows Pause while the clock runs', async () => {
    const store = renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(await screen.findByRole('button', { name: 'Pause' })).toBeTruthy();
    act(() => store.getState().pause());
  });

  it('disables "Step to next event" when no event is pending', () => {
    const store = createLakeStore();
    // A lab with nothing scheduled, not even background housekeeping.
    store.getState().engine.world.clock.queue.length = 0;
    renderApp(store);
    const step = screen.getByRole('button', { name: /Step to next event/ });
    expect(step.getAttribute('aria-disabled')).toBe('true');
  });

  it('steps the clock to the next pending event, whose time the button names', async () => {
    const store = createLakeStore();
    // A fresh lab has S3's daily lifecycle pass queued for the next midnight UTC.
    const next = store.getState().engine.clock.nextEventAt({ includeBackground: true });
    expect(next?.toISOString()).toBe('2025-01-07T00:00:00.000Z');
    renderApp(store);
    const label = 'Step to next event (Tue, 7 Jan 2025, 00:00:00 UTC)';
    fireEvent.click(screen.getByRole('button', { name: label }));
    await waitFor(() => expect(simulatedTime()).toBe('Tue, 7 Jan 2025, 00:00:00 UTC'));
  });
});

describe('the principal switcher', () => {
  it('lists the account’s users and switches the console to the one chosen', async () => {
    const store = createLakeStore();
    await store.getState().call('iam', 'CreateUser', { UserName: 'analyst' });
    renderApp(store);
    const switcher = screen.getByRole('button', { name: /Signed in as admin @ 111122223333/ });
    fireEvent.click(switcher);
    fireEvent.click(await screen.findByText('analyst'));
    expect(store.getState().principal).toBe('arn:aws:iam::111122223333:user/analyst');
    expect(
      screen.getByRole('button', { name: /Signed in as analyst @ 111122223333/ }),
    ).toBeTruthy();
  });
});

describe('a page that breaks', () => {
  it('shows "This panel stopped working" with its message while the navigation and top bar keep working', async () => {
    const store = createLakeStore();
    // A corrupt world makes the home page throw while it reads the buckets.
    (store.getState().engine.world as { s3: unknown }).s3 = undefined;
    const quiet = console.error;
    console.error = () => undefined;
    try {
      renderApp(store);
      const alert = await screen.findByText('This panel stopped working');
      expect(alert).toBeTruthy();
      expect(screen.getByRole('button', { name: 'Copy details' })).toBeTruthy();
      expect(screen.getByRole('button', { name: 'Reset' })).toBeTruthy();
      const nav = screen.getByRole('navigation', { name: 'Side navigation' });
      expect(within(nav).getByRole('link', { name: 'IAM' })).toBeTruthy();
      expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
    } finally {
      console.error = quiet;
    }
  });
});

describe('colour mode', () => {
  it('switches the whole page to dark mode and remembers the choice', () => {
    renderApp();
    expect(document.body.classList.contains('awsui-dark-mode')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Dark mode' }));
    expect(document.body.classList.contains('awsui-dark-mode')).toBe(true);
    expect(window.localStorage.getItem('lakelab.colorMode')).toBe('dark');
  });
});

describe('routing', () => {
  it('shows "Page not found" with a link home for an unknown route', async () => {
    window.location.hash = '#/no-such-page';
    renderApp();
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeTruthy();
    expect(
      screen.getByRole('link', { name: 'Go to the LakeLab home page' }).getAttribute('href'),
    ).toBe('#/');
  });
});

describe('the home page in French', () => {
  it('greets, explains and names the quick actions in French once French is chosen', async () => {
    const store = createLakeStore();
    store.getState().setLanguage('fr');
    renderApp(store);
    expect(await screen.findByRole('heading', { name: 'Bienvenue dans LakeLab' })).toBeTruthy();
    expect(
      screen.getByRole('heading', { name: frenchSpacing("Qu'est-ce que LakeLab ?") }),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: "Charger les données d'exemple" })).toBeTruthy();
    expect(screen.getByText('Compartiments S3')).toBeTruthy();
  });
});
