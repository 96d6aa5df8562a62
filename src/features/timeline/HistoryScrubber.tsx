import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Slider from '@cloudscape-design/components/slider';
import { useLake, useLakeStore } from '../../store';

/** The instructor's scrubber: one position per kept state, oldest on the left. */
export function HistoryScrubber() {
  const store = useLakeStore();
  const frames = useLake((s) => s.historyFrames);
  const cursor = useLake((s) => s.historyCursor);
  const frame = frames[cursor];
  const description =
    frame && cursor > 0
      ? `Step ${cursor} of ${frames.length - 1}: after ${frame.label}`
      : `The oldest kept state (${frames.length - 1} steps kept)`;
  return (
    <Container
      header={
        <Header
          variant="h2"
          description="Drag or use the arrow keys to step back and forth through the kept states. Any new action from an earlier state discards the later steps."
        >
          Scrub through history
        </Header>
      }
    >
      {frames.length < 2 ? (
        <Box color="text-body-secondary">
          Nothing to scrub yet: every change you make adds a step here.
        </Box>
      ) : (
        <FormField label="History position" description={description}>
          <Slider
            ariaLabel="History position"
            ariaDescription={description}
            min={0}
            max={frames.length - 1}
            step={1}
            value={cursor}
            valueFormatter={(v) => (v === 0 ? 'Oldest' : `Step ${v}`)}
            onChange={({ detail }) => void store.getState().goToHistoryFrame(detail.value)}
          />
        </FormField>
      )}
    </Container>
  );
}
