// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLakeStore, LakeStoreProvider, type LakeStore } from '../../store';
import { Markdown } from './Markdown';
import LessonsPage from './LessonsPage';

function renderAt(hash: string, store: LakeStore = createLakeStore()) {
  window.location.hash = hash;
  render(
    <LakeStoreProvider store={store}>
      <LessonsPage />
    </LakeStoreProvider>,
  );
  return store;
}

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('Course overview', () => {
  it('lists the six modules with their lessons, and shows saved progress', () => {
    localStorage.setItem(
      'lakelab.progress',
      JSON.stringify({
        'lab-tour': { completedSteps: ['create-bucket', 'upload-object'], currentStep: 2 },
      }),
    );
    renderAt('#/lessons');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toHaveLength(6);
    expect(screen.getByRole('link', { name: 'Transform raw to curated' })).toBeTruthy();
    expect(screen.getByText('2 of 5 steps complete')).toBeTruthy();
  });
});

describe('Lesson page', () => {
  it('starts the lesson on a fresh lab, ticks the step when the lab meets the check, and shows the explanation', async () => {
    const store = createLakeStore();
    await store.getState().call('s3', 'CreateBucket', { Bucket: 'something-else' });
    renderAt('#/lessons/lab-tour', store);
    fireEvent.click(screen.getByRole('button', { name: 'Start lesson' }));
    fireEvent.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'Replace my lab' }),
    );
    expect(await screen.findByText(/Not done yet/)).toBeTruthy();
    expect(store.getState().engine.world.s3.buckets['something-else']).toBeUndefined();
    await store.getState().call('s3', 'CreateBucket', { Bucket: 'my-first-lake-bucket' });
    expect(await screen.findByText('Step complete')).toBeTruthy();
    expect(screen.getByText('Why it matters')).toBeTruthy();
    expect(store.getState().progress['lab-tour']?.completedSteps).toEqual(['create-bucket']);
  });

  it('shows the solution as CLI commands and runs it with Do it for me', async () => {
    const store = createLakeStore();
    renderAt('#/lessons/lab-tour', store);
    fireEvent.click(screen.getByRole('button', { name: 'Start lesson' }));
    fireEvent.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'Replace my lab' }),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Show me' }));
    expect(screen.getByLabelText('CLI command').textContent).toBe(
      'aws s3api create-bucket --bucket my-first-lake-bucket',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Do it for me' }));
    expect(await screen.findByText('Step complete')).toBeTruthy();
  });

  it('reveals hints one at a time', async () => {
    renderAt('#/lessons/lab-tour');
    fireEvent.click(screen.getByRole('button', { name: 'Start lesson' }));
    fireEvent.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'Replace my lab' }),
    );
    fireEvent.click(await screen.findByRole('button', { name: /Show a hint/ }));
    expect(screen.getByText('Hint 1.')).toBeTruthy();
    expect(screen.queryByText('Hint 2.')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /Show another hint/ }));
    expect(screen.getByText('Hint 2.')).toBeTruthy();
  });

  it('restarts from a step on a lab where the earlier steps are done', async () => {
    const store = createLakeStore();
    renderAt('#/lessons/lab-tour', store);
    fireEvent.click(screen.getByRole('button', { name: 'Start lesson' }));
    fireEvent.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'Replace my lab' }),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Restart from step' }));
    fireEvent.click(screen.getByText('Step 3: Use the terminal'));
    fireEvent.click(
      within(screen.getAllByRole('dialog').at(-1)!).getByRole('button', { name: 'Replace my lab' }),
    );
    expect(await screen.findByRole('heading', { name: 'Use the terminal' })).toBeTruthy();
    expect(
      store.getState().engine.world.s3.buckets['my-first-lake-bucket']?.objects['hello.txt'],
    ).toBeDefined();
    expect(store.getState().progress['lab-tour']).toEqual({
      completedSteps: ['create-bucket', 'upload-object'],
      currentStep: 2,
    });
  });

  it('names an unknown lesson', () => {
    renderAt('#/lessons/no-such-lesson');
    expect(screen.getByText(/There is no lesson "no-such-lesson"/)).toBeTruthy();
  });
});

describe('Markdown', () => {
  it('renders bold, code, lists and links, and no raw HTML', () => {
    render(
      <Markdown
        text={
          'Use **Create** and `aws s3 ls`.\n\n- one\n- two\n\n<b>x</b> [docs](https://docs.aws.amazon.com/)'
        }
      />,
    );
    expect(screen.getByText('Create').tagName).toBe('STRONG');
    expect(screen.getByText('aws s3 ls').tagName).toBe('CODE');
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByText(/<b>x<\/b>/)).toBeTruthy();
    expect(screen.getByRole('link', { name: /docs/ }).getAttribute('href')).toBe(
      'https://docs.aws.amazon.com/',
    );
  });
});

describe('Markdown code blocks', () => {
  it('keeps a fenced block whole, with its line breaks and blank lines, as preformatted code', () => {
    const { container } = render(
      <Markdown text={'Run:\n\n```sql\nSELECT 1\n\nFROM t\n```\n\nThen look.'} />,
    );
    expect(container.querySelector('pre code')?.textContent).toBe('SELECT 1\n\nFROM t');
    expect(container.querySelectorAll('p')).toHaveLength(2);
  });
});

describe('a shared link to a lesson step', () => {
  it('offers to start at that step and, once confirmed, sets up the steps before it', async () => {
    const store = renderAt('#/lessons/lab-tour?step=upload-object');
    expect(screen.getByText(/This link opens the lesson at step 2/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Start at step 2' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Replace my lab' }));
    await screen.findByText(/1 of 5 steps complete/, {}, { timeout: 10_000 });
    expect(store.getState().progress['lab-tour']?.completedSteps).toEqual(['create-bucket']);
    // The link has done its job: the page drops `?step=` and its banner.
    await waitFor(() =>
      expect(screen.queryByText(/This link opens the lesson at step 2/)).toBeNull(),
    );
    expect(window.location.hash).toBe('#/lessons/lab-tour');
  });
});
