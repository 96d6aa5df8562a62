import Box from '@cloudscape-design/components/box';
import HelpPanel from '@cloudscape-design/components/help-panel';
import { featureFor, HOME_HELP } from './routes';

/** Short help for the current page, in the tools panel. */
export function HelpPanelContent({ path }: { path: string }) {
  const help = featureFor(path)?.help ?? HOME_HELP;
  return (
    <HelpPanel
      header={<h2>{help.title}</h2>}
      footer={
        <Box variant="small">
          LakeLab is a learning simulator. It is not affiliated with Amazon Web Services.
        </Box>
      }
    >
      {help.paragraphs.map((p) => (
        <p key={p}>{p}</p>
      ))}
    </HelpPanel>
  );
}
