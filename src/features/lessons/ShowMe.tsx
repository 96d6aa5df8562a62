import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useT } from '../../i18n';
import { describeOperation, type Op } from '../../lessons';
import { CliCommandBox } from '../../ui/CliCommandBox';

/** "Show me": the step's solution as CLI commands, and "Do it for me" to run them in the lab. */
export function ShowMe({ ops, onRun }: { ops: readonly Op[]; onRun: () => Promise<void> }) {
  const [isOpen, setOpen] = useState(false);
  const [isRunning, setRunning] = useState(false);
  const { t } = useT();
  if (!isOpen) return <Button onClick={() => setOpen(true)}>{t('lessons.showMe')}</Button>;
  return (
    <SpaceBetween size="xs">
      <Box variant="h4">{t('lessons.fromTerminal')}</Box>
      <CliCommandBox command={ops.map(describeOperation).join('\n')} />
      <Button
        loading={isRunning}
        onClick={() => {
          setRunning(true);
          void onRun().finally(() => setRunning(false));
        }}
      >
        {t('lessons.doItForMe')}
      </Button>
    </SpaceBetween>
  );
}
