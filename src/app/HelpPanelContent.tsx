import Box from '@cloudscape-design/components/box';
import HelpPanel from '@cloudscape-design/components/help-panel';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { startTour } from '../features/tour/tourControl';
import { useT } from '../i18n';
import { HOME_HELP, PAGE_HELP } from './pageHelp';
import { featureFor } from './routes';

/** Short help for the current page, in the tools panel. */
export function HelpPanelContent({ path }: { path: string }) {
  const { t } = useT();
  const feature = featureFor(path);
  const help = (feature && PAGE_HELP[feature.path]) ?? HOME_HELP;
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
