/** The editor's query tabs: each has its own text and its last execution. */
export interface QueryTab {
  id: string;
  title: string;
  sql: string;
  /** The QueryExecutionId of the tab's last run. */
  executionId?: string;
}

export interface QueryTabsState {
  tabs: QueryTab[];
  activeId: string;
  /** Numbers the next new tab ("Query 3"). */
  nextNumber: number;
}

export type QueryTabsAction =
  | { type: 'add'; sql?: string; title?: string }
  | { type: 'close'; id: string }
  | { type: 'rename'; id: string; title: string }
  | { type: 'select'; id: string }
  | { type: 'edit'; id: string; sql: string }
  | { type: 'ran'; id: string; executionId: string };

export function initialQueryTabs(): QueryTabsState {
  return { tabs: [{ id: 'tab-1', title: 'Query 1', sql: '' }], activeId: 'tab-1', nextNumber: 2 };
}

const update = (state: QueryTabsState, id: string, change: Partial<QueryTab>): QueryTabsState => ({
  ...state,
  tabs: state.tabs.map((t) => (t.id === id ? { ...t, ...change } : t)),
});

function addTab(state: QueryTabsState, sql = '', title?: string): QueryTabsState {
  const id = `tab-${state.nextNumber}`;
  const tab = { id, title: title ?? `Query ${state.nextNumber}`, sql };
  return { tabs: [...state.tabs, tab], activeId: id, nextNumber: state.nextNumber + 1 };
}

/** Closing the last tab leaves one empty tab, as the console does. */
function closeTab(state: QueryTabsState, id: string): QueryTabsState {
  const index = state.tabs.findIndex((t) => t.id === id);
  if (index < 0) return state;
  const tabs = state.tabs.filter((t) => t.id !== id);
  if (tabs.length === 0) return addTab({ ...state, tabs: [] });
  const activeId =
    state.activeId === id ? (tabs[Math.min(index, tabs.length - 1)]?.id ?? '') : state.activeId;
  return { ...state, tabs, activeId };
}

export function queryTabsReducer(state: QueryTabsState, action: QueryTabsAction): QueryTabsState {
  switch (action.type) {
    case 'add':
      return addTab(state, action.sql, action.title);
    case 'close':
      return closeTab(state, action.id);
    case 'rename':
      return action.title.trim() ? update(state, action.id, { title: action.title.trim() }) : state;
    case 'select':
      return state.tabs.some((t) => t.id === action.id) ? { ...state, activeId: action.id } : state;
    case 'edit':
      return update(state, action.id, { sql: action.sql });
    case 'ran':
      return update(state, action.id, { executionId: action.executionId });
  }
}

export function activeTabOf(state: QueryTabsState): QueryTab {
  return state.tabs.find((t) => t.id === state.activeId) ?? state.tabs[0]!;
}
