import { useState, type ReactNode } from 'react';
import Button from '@cloudscape-design/components/button';
import ButtonDropdown from '@cloudscape-design/components/button-dropdown';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Tabs from '@cloudscape-design/components/tabs';
import type { QueryTabsAction, QueryTabsState } from './queryTabs';
import { RenameTabModal } from './RenameTabModal';

/** The query tabs above the editor: add, close, rename; the active tab shows `children`. */
export function EditorTabs({
  state,
  dispatch,
  children,
}: {
  state: QueryTabsState;
  dispatch: (action: QueryTabsAction) => void;
  children: ReactNode;
}) {
  const [renaming, setRenaming] = useState<string>();
  const renamingTab = state.tabs.find((t) => t.id === renaming);
  return (
    <>
      <Tabs
        ariaLabel="Query tabs"
        i18nStrings={{
          scrollLeftAriaLabel: 'Scroll tabs left',
          scrollRightAriaLabel: 'Scroll tabs right',
        }}
        activeTabId={state.activeId}
        onChange={(e) => dispatch({ type: 'select', id: e.detail.activeTabId })}
        actions={
          <SpaceBetween direction="horizontal" size="xxs">
            <Button
              iconName="add-plus"
              variant="icon"
              ariaLabel="Add query tab"
              onClick={() => dispatch({ type: 'add' })}
            />
            <ButtonDropdown
              variant="icon"
              ariaLabel="Query tab options"
              expandToViewport
              items={[{ id: 'rename', text: 'Rename tab' }]}
              onItemClick={() => setRenaming(state.activeId)}
            />
          </SpaceBetween>
        }
        tabs={state.tabs.map((t) => ({
          id: t.id,
          label: t.title,
          dismissible: true,
          dismissLabel: `Close ${t.title}`,
          onDismiss: () => dispatch({ type: 'close', id: t.id }),
          content: t.id === state.activeId ? children : null,
        }))}
      />
      {renamingTab && (
        <RenameTabModal
          title={renamingTab.title}
          onRename={(title) => dispatch({ type: 'rename', id: renamingTab.id, title })}
          onDismiss={() => setRenaming(undefined)}
        />
      )}
    </>
  );
}
