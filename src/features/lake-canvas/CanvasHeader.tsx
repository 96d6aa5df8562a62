import { memo } from 'react';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import SegmentedControl from '@cloudscape-design/components/segmented-control';
import SpaceBetween from '@cloudscape-design/components/space-between';

export type CanvasMode = 'canvas' | 'list';

/** The page header and its actions; memoised, so a clock tick does not re-render it. */
export const CanvasHeader = memo(function CanvasHeader(props: {
  mode: CanvasMode;
  onMode(mode: CanvasMode): void;
  onAddBucket(): void;
  onAutoLayout(): void;
}) {
  return (
    <Header
      variant="h1"
      description="Add sources, connect them to a bucket, create them, then press Play to watch data land."
      actions={
        <SpaceBetween size="xs" direction="horizontal">
          <Button onClick={props.onAddBucket}>Add bucket</Button>
          <Button onClick={props.onAutoLayout}>Auto-layout</Button>
          <SegmentedControl
            label="View"
            selectedId={props.mode}
            onChange={({ detail }) => props.onMode(detail.selectedId as CanvasMode)}
            options={[
              { id: 'canvas', text: 'Canvas' },
              { id: 'list', text: 'List view' },
            ]}
          />
        </SpaceBetween>
      }
    >
      Lake canvas
    </Header>
  );
});
