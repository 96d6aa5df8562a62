import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { Markdown } from './Markdown';

/** Hints revealed one at a time. */
export function Hints({ hints }: { hints: readonly string[] }) {
  const [shown, setShown] = useState(0);
  if (hints.length === 0) return null;
  return (
    <SpaceBetween size="xs">
      {hints.slice(0, shown).map((hint, i) => (
        <Box key={i} variant="div">
          <strong>Hint {i + 1}.</strong> <Markdown text={hint} />
        </Box>
      ))}
      {shown < hints.length && (
        <Button variant="link" onClick={() => setShown(shown + 1)}>
          {shown === 0 ? 'Show a hint' : 'Show another hint'} ({shown + 1} of {hints.length})
        </Button>
      )}
    </SpaceBetween>
  );
}
