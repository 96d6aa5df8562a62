import { describe, expect, it } from 'vitest';
import { activeTabOf, initialQueryTabs, queryTabsReducer as reduce } from './queryTabs';

describe('query tabs', () => {
  it('opens a new tab numbered after the last, with its own text, and selects it', () => {
    const state = reduce(initialQueryTabs(), { type: 'add', sql: 'SELECT 1' });
    expect(state.tabs.map((t) => t.title)).toEqual(['Query 1', 'Query 2']);
    expect(activeTabOf(state).sql).toBe('SELECT 1');
  });
  it('keeps each tab’s text and execution apart', () => {
    let state = reduce(initialQueryTabs(), { type: 'add' });
    state = reduce(state, { type: 'edit', id: 'tab-1', sql: 'a' });
    state = reduce(state, { type: 'ran', id: 'tab-2', executionId: 'x' });
    expect(state.tabs.map((t) => [t.sql, t.executionId])).toEqual([
      ['a', undefined],
      ['', 'x'],
    ]);
  });
  it('selects the neighbour when the active tab closes, and never leaves no tab', () => {
    let state = reduce(initialQueryTabs(), { type: 'add' });
    state = reduce(state, { type: 'close', id: 'tab-2' });
    expect(state.activeId).toBe('tab-1');
    state = reduce(state, { type: 'close', id: 'tab-1' });
    expect(state.tabs).toHaveLength(1);
    expect(activeTabOf(state).title).toBe('Query 3');
  });
  it('ignores a blank new name', () => {
    const state = reduce(initialQueryTabs(), { type: 'rename', id: 'tab-1', title: '  ' });
    expect(state.tabs[0]!.title).toBe('Query 1');
  });
});
