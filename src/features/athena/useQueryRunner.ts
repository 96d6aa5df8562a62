import { useState, type RefObject } from 'react';
import type { ReactCodeMirrorRef } from '@uiw/react-codemirror';
import { isAwsError } from '../../engine';
import { useLake } from '../../store';
import { startQuery, stopQuery, type QueryContext } from './actions';
import type { QueryTab, QueryTabsAction } from './queryTabs';
import { offsetOf, type ErrorPosition } from './sqlText';

/** The selected text of the editor, else all of it: the console runs a selection on its own. */
function queryToRun(editor: ReactCodeMirrorRef | null, text: string): string {
  const state = editor?.view?.state;
  const range = state?.selection.main;
  if (state && range && !range.empty) return state.sliceDoc(range.from, range.to);
  return text;
}

/** Running, cancelling and pointing at queries of the active tab. */
export function useQueryRunner(
  tab: QueryTab,
  context: QueryContext,
  dispatch: (action: QueryTabsAction) => void,
  editorRef: RefObject<ReactCodeMirrorRef | null>,
) {
  const call = useLake((s) => s.call);
  const [startError, setStartError] = useState<{ tabId: string; error: Error }>();
  const [startingTab, setStartingTab] = useState<string>();

  const runIn = async (tabId: string, sql: string) => {
    if (!sql.trim()) return;
    setStartError(undefined);
    setStartingTab(tabId);
    try {
      const executionId = await startQuery(call, sql, context);
      dispatch({ type: 'ran', id: tabId, executionId });
    } catch (error) {
      if (!isAwsError(error)) throw error;
      setStartError({ tabId, error });
    } finally {
      setStartingTab(undefined);
    }
  };
  return {
    startError: startError?.tabId === tab.id ? startError.error : undefined,
    isStarting: startingTab === tab.id,
    run: () => runIn(tab.id, queryToRun(editorRef.current, tab.sql)),
    runIn,
    cancel: () => tab.executionId && void stopQuery(call, tab.executionId).catch(() => undefined),
    insert: (text: string) => {
      const view = editorRef.current?.view;
      if (view) view.dispatch(view.state.replaceSelection(text));
      else dispatch({ type: 'edit', id: tab.id, sql: `${tab.sql}${text}` });
    },
    goTo: (position: ErrorPosition) => {
      const view = editorRef.current?.view;
      if (!view) return;
      const anchor = offsetOf(view.state.doc.toString(), position);
      view.dispatch({ selection: { anchor }, scrollIntoView: true });
      view.focus();
    },
  };
}
