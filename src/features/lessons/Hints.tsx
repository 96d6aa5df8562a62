import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useT } from '../../i18n';
import { Markdown } from './Markdown';

/** Hints revealed one at a time. */
export function Hints({ hints }: { hints: readonly string[] }) {
  const [shown, setShown] = useState(0);
  const { t } = useT();
  if (hints.length === 0) return null;
  return (
    <SpaceBetween size="xs">
      {hints.slice(0, shown).map((hint, i) => (
        <Box key={i} variant="div">
          <strong>{t('lessons.hint', { number: i + 1 })}</strong> <Markdown text={hint} />
        </Box>
      ))}
      {shown < hints.length && (
        <Button variant="link" onClick={() => setShown(shown + 1)}>
          {t(shown === 0 ? 'lessons.showHint' : 'lessons.showAnotherHint', {
            number: shown + 1,
            total: hints.length,
          })}
        </Button>
      )}
    </SpaceBetween>
  );
}
