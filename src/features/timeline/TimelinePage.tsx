import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useMemo } from 'react';
import { useLake, useShallow } from '../../store';
import { HistoryScrubber } from './HistoryScrubber';
import { TimelineTable } from './TimelineTable';
import { timelineRows } from './timelineRows';

/** `/timeline`: the lab's event log as steps to restore, and the instructor's scrubber. */
export default function TimelinePage() {
  const { version, engine, frames, cursor } = useLake(
    useShallow((s) => ({
      version: s.version,
      engine: s.engine,
      frames: s.historyFrames,
      cursor: s.historyCursor,
    })),
  );
  const rows = useMemo(
    () => timelineRows(engine.eventLog(), frames, cursor),
    // The live log changes in place: `version` says when.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [engine, frames, cursor, version],
  );
  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description="What happened in this lab, when and by whom. Undo (Ctrl+Z), Redo (Ctrl+Shift+Z) or restore any kept step."
        >
          Timeline
        </Header>
      }
    >
      <SpaceBetween size="l">
        <HistoryScrubber />
        <TimelineTable rows={rows} />
      </SpaceBetween>
    </ContentLayout>
  );
}
