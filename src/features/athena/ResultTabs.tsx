import type { NamedQuery } from '@aws-sdk/client-athena';
import Container from '@cloudscape-design/components/container';
import Tabs from '@cloudscape-design/components/tabs';
import type { ReactNode } from 'react';
import { RecentQueries } from './RecentQueries';
import { SavedQueries } from './SavedQueries';

export type ResultTabId = 'results' | 'recent' | 'saved';

/** The tabs below the editor: Query results, Recent queries, Saved queries. */
export function ResultTabs({
  active,
  onChange,
  results,
  workGroup,
  onOpen,
  onRerun,
  onOpenSaved,
}: {
  active: ResultTabId;
  onChange: (tab: ResultTabId) => void;
  results: ReactNode;
  workGroup: string;
  onOpen: (sql: string) => void;
  onRerun: (sql: string) => void;
  onOpenSaved: (query: NamedQuery) => void;
}) {
  return (
    <Container>
      <Tabs
        ariaLabel="Results and history"
        i18nStrings={{
          scrollLeftAriaLabel: 'Scroll tabs left',
          scrollRightAriaLabel: 'Scroll tabs right',
        }}
        activeTabId={active}
        onChange={(e) => onChange(e.detail.activeTabId as ResultTabId)}
        tabs={[
          { id: 'results', label: 'Query results', content: results },
          {
            id: 'recent',
            label: 'Recent queries',
            content: <RecentQueries workGroup={workGroup} onOpen={onOpen} onRerun={onRerun} />,
          },
          {
            id: 'saved',
            label: 'Saved queries',
            content: <SavedQueries workGroup={workGroup} onOpen={onOpenSaved} />,
          },
        ]}
      />
    </Container>
  );
}
