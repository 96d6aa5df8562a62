import Box from '@cloudscape-design/components/box';
import HelpPanel from '@cloudscape-design/components/help-panel';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { startTour } from '../features/tour/tourControl';
import { useT } from '../i18n';
import { pageHelpFor } from './pageHelpFor';
import { featureFor } from './routes';

/** Short help for the current page, in the tools panel. */
export function HelpPanelContent({ path }: { path: string }) {
  const { t, language } = useT();
  const help = pageHelpFor(featureFor(path)?.path, language);
  return (
    <HelpPanel
      header={<h2>{help.title}</h2>}
      footer={
        <SpaceBetween size="xs">
          <Link onFollow={() => startTour()}>{t('help.replayTour')}</Link>
          <Box variant="small">{t('help.disclaimer')}</Box>
        </SpaceBetween>
      }
    >
      {help.paragraphs.map((p) => (
        <p key={p}>{p}</p>
      ))}
    </HelpPanel>
  );
}
