import Box from '@cloudscape-design/components/box';
import HelpPanel from '@cloudscape-design/components/help-panel';
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
      footer={<Box variant="small">{t('help.disclaimer')}</Box>}
    >
      {help.paragraphs.map((p) => (
        <p key={p}>{p}</p>
      ))}
    </HelpPanel>
  );
}
