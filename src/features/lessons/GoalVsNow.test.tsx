// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lessonById, type GoalComparison } from '../../lessons';
import { compareExpectation } from '../../lessons/goalExpectation';
import { createLakeStore, LakeStoreProvider, type LakeStore } from '../../store';
import { GoalVsNow } from './GoalVsNow';
import { LessonPanel } from './LessonPanel';

beforeEach(() => localStorage.clear());
afterEach(cleanup);

function renderWith(node: React.ReactNode, store: LakeStore = createLakeStore()) {
  render(<LakeStoreProvider store={store}>{node}</LakeStoreProvider>);
  return store;
}

const partitionKeys = (now: { Name: string; Type: string }[]): GoalComparison => {
  const items = compareExpectation(
    {
      path: 'Table.PartitionKeys',
      equals: [
        { Name: 'year', Type: 'string' },
        { Name: 'month', Type: 'string' },
      ],
    },
    { output: { Table: { PartitionKeys: now } } },
  );
  return {
    sections: [
      {
        heading: {
          kind: 'read',
          service: 'glue',
          operation: 'GetTable',
          inputs: [['Name', 'orders']],
        },
        items,
      },
    ],
    differenceCount: items[0]!.differences.length,
  };
};

describe('GoalVsNow', () => {
  it('shows the goal and the lab side by side as a table, each difference marked and said in words', () => {
    renderWith(<GoalVsNow comparison={partitionKeys([{ Name: 'year', Type: 'int' }])} />);
    const table = screen.getByRole('table', { name: 'Table.PartitionKeys must be exactly' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Goal', 'Now', 'Difference', 'Name', 'Type', 'Name', 'Type']);
    const rows = within(table).getAllByRole('row').slice(2);
    const visibleCells = (row: HTMLElement) =>
      within(row)
        .getAllByRole('cell')
        .map((c) => c.firstChild?.textContent);
    expect(rows.map(visibleCells)).toEqual([
      ['year', 'string', 'year', 'int', 'Different: Type'],
      ['month', 'string', '—', 'Missing'],
    ]);
    expect(screen.getByText('2 differences left')).toBeTruthy();
    expect(
      screen.getByText('Different: Name “year” — Type is “int”, the goal is “string”.'),
    ).toBeTruthy();
    expect(screen.getByText('Missing: Name “month”, Type “string”.')).toBeTruthy();
  });

  it('says the requirement, the differences, the marks and the read in French', () => {
    const store = createLakeStore();
    store.getState().setLanguage('fr');
    renderWith(<GoalVsNow comparison={partitionKeys([{ Name: 'year', Type: 'int' }])} />, store);
    const table = screen.getByRole('table', {
      name: 'Table.PartitionKeys doit être exactement',
    });
    expect(screen.getByRole('heading', { name: 'glue GetTable · Name orders' })).toBeTruthy();
    const rows = within(table).getAllByRole('row').slice(2);
    expect(rows.map((r) => within(r).getAllByRole('cell').at(-1)?.firstChild?.textContent)).toEqual(
      ['Différent\u00a0: Type', 'Manquant'],
    );
    expect(screen.getByText('2 différences restantes')).toBeTruthy();
    expect(
      screen.getByText('Différent : Name « year » — Type vaut « int », l’objectif est « string ».'),
    ).toBeTruthy();
    expect(screen.getByText('Manquant : Name « month », Type « string ».')).toBeTruthy();
    expect(screen.queryByText(/Different|Missing|must be/)).toBeNull();
  });

  it('says how the entries of a long list stand and how many are left out', () => {
    const QueryExecutions = Array.from({ length: 9 }, (_, i) => ({
      State: 'SUCCEEDED',
      Query: `SELECT ${i} FROM orders`,
    }));
    const items = compareExpectation(
      {
        path: 'QueryExecutions',
        some: {
          all: [
            { path: 'State', equals: 'SUCCEEDED' },
            { path: 'Query', containsSql: 'FROM customers' },
          ],
        },
      },
      { output: { QueryExecutions } },
    );
    const comparison: GoalComparison = {
      sections: [{ heading: { kind: 'goal', title: 'Queries' }, items }],
      differenceCount: 1,
    };
    renderWith(<GoalVsNow comparison={comparison} />);
    expect(
      screen.getByText(
        'None of your 9 entries matches yet. The nearest, shown first, meets 1 of the 2 requirements.',
      ),
    ).toBeTruthy();
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(2 + 4);
    expect(screen.getByText('5 more entries of your lab are not shown.')).toBeTruthy();
  });

  it('says the lab matches the goal once nothing differs', () => {
    renderWith(
      <GoalVsNow
        comparison={partitionKeys([
          { Name: 'year', Type: 'string' },
          { Name: 'month', Type: 'string' },
        ])}
      />,
    );
    expect(screen.getByText('Your lab matches the goal.')).toBeTruthy();
    expect(screen.getAllByText('Matches')).toHaveLength(2);
    expect(screen.queryByText('What differs')).toBeNull();
  });
});

describe('LessonPanel with Goal vs now', () => {
  it('compares the step’s goal with the lab live: the missing bucket, then a match', async () => {
    const store = createLakeStore();
    store.getState().setActiveLesson('lab-tour');
    renderWith(<LessonPanel lesson={lessonById('lab-tour')!} />, store);
    expect(await screen.findByText('Missing: “my-first-lake-bucket”.')).toBeTruthy();
    await store.getState().call('s3', 'CreateBucket', { Bucket: 'my-first-lake-bucket' });
    expect(await screen.findByText('Your lab matches the goal.')).toBeTruthy();
  });
});

describe('StepCard in presentation mode', () => {
  it('hides the instructions, hints and explanation, says so, and keeps the title and check', async () => {
    const store = createLakeStore();
    store.getState().setPresenting(true);
    store.getState().setActiveLesson('lab-tour');
    const lesson = lessonById('lab-tour')!;
    renderWith(<LessonPanel lesson={lesson} />, store);
    expect(screen.getByRole('heading', { name: lesson.steps[0]!.title })).toBeTruthy();
    expect(screen.getByText('Lesson text hidden for presentation')).toBeTruthy();
    expect(screen.queryByText(/Create bucket/)).toBeNull();
    expect(screen.queryByRole('button', { name: /Show a hint/ })).toBeNull();
    expect(await screen.findByText(/Not done yet/)).toBeTruthy();
    await store.getState().call('s3', 'CreateBucket', { Bucket: 'my-first-lake-bucket' });
    expect(await screen.findByText('Step complete')).toBeTruthy();
    expect(screen.queryByText('Why it matters')).toBeNull();
  });
});
