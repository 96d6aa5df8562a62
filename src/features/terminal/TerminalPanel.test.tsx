// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLakeStore, LakeStoreProvider } from '../../store';
import TerminalPanel from './TerminalPanel';

function renderTerminal(onClose = () => undefined) {
  const store = createLakeStore();
  render(
    <LakeStoreProvider store={store}>
      <TerminalPanel onClose={onClose} />
    </LakeStoreProvider>,
  );
  return store;
}

const input = () => screen.getByLabelText('Terminal command') as HTMLInputElement;
const log = () => screen.getByRole('log');

function type(line: string) {
  fireEvent.change(input(), { target: { value: line } });
  fireEvent.keyDown(input(), { key: 'Enter' });
}

afterEach(cleanup);

describe('TerminalPanel', () => {
  it('runs aws s3 mb on Enter and shows make_bucket: demo in a polite log', async () => {
    const store = renderTerminal();
    type('aws s3 mb s3://demo');
    await waitFor(() => expect(log().textContent).toContain('make_bucket: demo'));
    expect(log().getAttribute('aria-live')).toBe('polite');
    expect(Object.keys(store.getState().engine.world.s3.buckets)).toEqual(['demo']);
  });

  it('recalls earlier commands with ArrowUp and walks forward with ArrowDown', async () => {
    renderTerminal();
    type('aws s3 ls');
    type('aws --version');
    await waitFor(() => expect(log().textContent).toContain('aws-cli/'));
    fireEvent.keyDown(input(), { key: 'ArrowUp' });
    expect(input().value).toBe('aws --version');
    fireEvent.keyDown(input(), { key: 'ArrowUp' });
    expect(input().value).toBe('aws s3 ls');
    fireEvent.keyDown(input(), { key: 'ArrowDown' });
    expect(input().value).toBe('aws --version');
  });

  it('shows a service error on stderr, not as a notification', async () => {
    const store = renderTerminal();
    type('aws s3api delete-bucket --bucket nope');
    await waitFor(() =>
      expect(log().querySelector('[data-stream="stderr"]')?.textContent).toMatch(
        /An error occurred \(NoSuchBucket\) when calling the DeleteBucket operation/,
      ),
    );
    expect(store.getState().notifications).toEqual([]);
  });

  it('clears the scrollback with clear and with Ctrl+L', async () => {
    renderTerminal();
    type('aws --version');
    await waitFor(() => expect(log().textContent).toContain('aws-cli/'));
    type('clear');
    await waitFor(() => expect(log().textContent).toBe(''));
    type('aws --version');
    await waitFor(() => expect(log().textContent).toContain('aws-cli/'));
    fireEvent.keyDown(input(), { key: 'l', ctrlKey: true });
    expect(log().textContent).toBe('');
  });

  it('completes a command with Tab', () => {
    renderTerminal();
    fireEvent.change(input(), { target: { value: 'aws s3api list-buc' } });
    fireEvent.keyDown(input(), { key: 'Tab' });
    expect(input().value).toBe('aws s3api list-buckets ');
  });

  it('closes with the "Close terminal" button', () => {
    const onClose = vi.fn();
    renderTerminal(onClose);
    fireEvent.click(screen.getByRole('button', { name: 'Close terminal' }));
    expect(onClose).toHaveBeenCalledOnce();
  });
});
