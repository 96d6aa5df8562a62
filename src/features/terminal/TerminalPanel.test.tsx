// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLakeStore, LakeStoreProvider } from '../../store';
import TerminalPanel from './TerminalPanel';

function renderTerminal(onClose = () => undefined, store = createLakeStore()) {
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

  it('completes an option of the command with Tab', () => {
    renderTerminal();
    fireEvent.change(input(), { target: { value: 'aws s3api create-bucket --create-bucket-c' } });
    fireEvent.keyDown(input(), { key: 'Tab' });
    expect(input().value).toBe('aws s3api create-bucket --create-bucket-configuration ');
  });

  it('stages an uploaded file, lists it with ls, and shows it with cat', async () => {
    renderTerminal();
    const picker = screen.getByLabelText('Choose files to upload to the terminal');
    fireEvent.change(picker, {
      target: { files: [new File(['id,amount\n1,10\n'], 'orders.csv', { type: 'text/csv' })] },
    });
    await waitFor(() => expect(screen.getByText(/1 local file/)).toBeTruthy());
    type('ls');
    await waitFor(() => expect(log().textContent).toContain('orders.csv'));
    type('cat orders.csv');
    await waitFor(() => expect(log().textContent).toContain('id,amount'));
  });

  it('keeps history and scrollback when the terminal is closed and reopened', async () => {
    const store = createLakeStore();
    renderTerminal(() => undefined, store);
    type('aws s3 mb s3://kept-bucket');
    await waitFor(() => expect(log().textContent).toContain('make_bucket: kept-bucket'));
    cleanup();
    renderTerminal(() => undefined, store);
    expect(log().textContent).toContain('make_bucket: kept-bucket');
    fireEvent.keyDown(input(), { key: 'ArrowUp' });
    expect(input().value).toBe('aws s3 mb s3://kept-bucket');
  });

  it("offers get-object's outfile as a download", async () => {
    renderTerminal();
    const picker = screen.getByLabelText('Choose files to upload to the terminal');
    fireEvent.change(picker, { target: { files: [new File(['id\n1\n'], 'orders.csv')] } });
    await waitFor(() => expect(screen.getByText(/1 local file/)).toBeTruthy());
    type('aws s3 mb s3://demo-bucket');
    type('aws s3 cp orders.csv s3://demo-bucket/orders.csv');
    type('aws s3api get-object --bucket demo-bucket --key orders.csv out.csv');
    expect(await screen.findByRole('button', { name: 'Download out.csv' })).toBeTruthy();
  });

  it('closes with the "Close terminal" button', () => {
    const onClose = vi.fn();
    renderTerminal(onClose);
    fireEvent.click(screen.getByRole('button', { name: 'Close terminal' }));
    expect(onClose).toHaveBeenCalledOnce();
  });
});
