import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useLakeStore } from '../../store';
import { href } from '../../store/router';
import { useLoadSampleData } from './useLoadSampleData';

/** The first steps of a lab: make a bucket, load the sample data, open the terminal. */
export function QuickActions() {
  const store = useLakeStore();
  const sampleData = useLoadSampleData();
  return (
    <Container
      header={
        <Header variant="h2" description="Start where the course starts: storage.">
          Quick actions
        </Header>
      }
    >
      <SpaceBetween direction="horizontal" size="s">
        <Button variant="primary" href={href('/s3/create')}>
          Create bucket
        </Button>
        <Button
          iconName="upload"
          loading={sampleData.isLoading}
          onClick={() => void sampleData.load()}
        >
          Load sample data
        </Button>
        {/* Named after the panel, not "terminal": the top bar's Terminal button stays the only one by that name. */}
        <Button iconName="command-prompt" onClick={() => store.getState().setTerminalOpen(true)}>
          Open CloudShell
        </Button>
      </SpaceBetween>
    </Container>
  );
}
