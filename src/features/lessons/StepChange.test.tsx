// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { createLakeStore, LakeStoreProvider } from '../../store';
import LessonsPage from './LessonsPage';

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

it('keeps one set of hints and one Show me when the panel moves to another step', async () => {
  const errors = vi.spyOn(console, 'error');
  window.location.hash = '#/lessons/lab-tour';
  render(
    <LakeStoreProvider store={createLakeStore()}>
      <LessonsPage />
    </LakeStoreProvider>,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Start lesson' }));
  fireEvent.click(
    within(screen.getByRole('dialog')).getByRole('button', { name: 'Replace my lab' }),
  );
  await screen.findByRole('button', { name: /Show a hint/ });
  fireEvent.click(screen.getByRole('button', { name: 'Restart from step' }));
  fireEvent.click(screen.getByText('Step 3: Use the terminal'));
  fireEvent.click(
    within(screen.getAllByRole('dialog').at(-1)!).getByRole('button', { name: 'Replace my lab' }),
  );
  await screen.findByRole('heading', { name: 'Use the terminal' });
  expect(screen.getAllByRole('button', { name: /Show a hint/ })).toHaveLength(1);
  expect(screen.getAllByRole('button', { name: 'Show me' })).toHaveLength(1);
  const keyWarnings = errors.mock.calls.filter((args) => String(args[0]).includes('same key'));
  expect(keyWarnings).toEqual([]);
});
