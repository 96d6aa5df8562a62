import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useT } from '../../i18n';
import { useLakeStore } from '../../store';
import { href } from '../../store/router';
import { useLoadSampleData } from './useLoadSampleData';

/** The first steps of a lab: make a bucket, load the sample data, open the terminal. */
export function QuickActions() {
  const store = useLakeStore();
  const sampleData = useLoadSampleData();
  const { t } = useT();
  return (
    <Container
      header={
        <Header variant="h2" description={t('home.quickActionsDescription')}>
          {t('home.quickActions')}
        </Header>
      }
    >
      <SpaceBetween direction="horizontal" size="s">
        <Button variant="primary" href={href('/s3/create')}>
          {t('home.createBucket')}
        </Button>
        <Button
          iconName="upload"
          loading={sampleData.isLoading}
          onClick={() => void sampleData.load()}
        >
          {t('home.loadSampleData')}
        </Button>
        {/* Named after the panel, not "terminal": the top bar's Terminal button stays the only one by that name. */}
        <Button iconName="command-prompt" onClick={() => store.getState().setTerminalOpen(true)}>
          {t('home.openCloudShell')}
        </Button>
      </SpaceBetween>
    </Container>
  );
}
