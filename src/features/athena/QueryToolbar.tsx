import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';

/** Run (Ctrl/Cmd+Enter), Cancel while running, Clear and Save, with the running indicator. */
export function QueryToolbar({
  isRunning,
  isStarting,
  canRun,
  onRun,
  onCancel,
  onClear,
  onSave,
}: {
  isRunning: boolean;
  isStarting: boolean;
  canRun: boolean;
  onRun: () => void;
  onCancel: () => void;
  onClear: () => void;
  onSave: () => void;
}) {
  return (
    <SpaceBetween direction="horizontal" size="xs" alignItems="center">
      <Button
        variant="primary"
        onClick={onRun}
        disabled={!canRun || isRunning}
        loading={isStarting}
      >
        Run
      </Button>
      <Button onClick={onCancel} disabled={!isRunning}>
        Cancel
      </Button>
      <Button onClick={onClear}>Clear</Button>
      <Button onClick={onSave} disabled={!canRun}>
        Save
      </Button>
      {isRunning ? (
        <span role="status">
          <Spinner /> Query running…
        </span>
      ) : (
        <Box variant="small" color="text-body-secondary">
          Ctrl+Enter runs the query (⌘+Enter on a Mac); with text selected, it runs the selection.
        </Box>
      )}
    </SpaceBetween>
  );
}
