import Box from '@cloudscape-design/components/box';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { LabAtAGlance } from './LabAtAGlance';
import { QuickActions } from './QuickActions';

function AboutLakeLab() {
  return (
    <Container header={<Header variant="h2">What is LakeLab?</Header>}>
      <ColumnLayout columns={2} variant="text-grid">
        <SpaceBetween size="xs">
          <Box variant="p">
            LakeLab is a learning simulator for building data lakes on AWS. Store data in Amazon S3,
            catalog it, transform it, govern it and query it, with the real AWS API names, errors
            and permissions, all inside this browser tab.
          </Box>
          <Box variant="p">
            Nothing is sent anywhere and nothing costs money: charges shown are estimates of what
            AWS would bill.
          </Box>
        </SpaceBetween>
        <SpaceBetween size="xs">
          <Box variant="p">
            Time is simulated. Use the clock in the top bar to play, step to the next event or jump
            ahead by days, and watch jobs finish and storage costs accrue.
          </Box>
          <Box variant="small">
            LakeLab is not affiliated with, endorsed by or sponsored by Amazon Web Services.
          </Box>
        </SpaceBetween>
      </ColumnLayout>
    </Container>
  );
}

export default function HomePage() {
  return (
    <ContentLayout
      header={
        <Header variant="h1" description="Build a data lake on AWS, in your browser.">
          Welcome to LakeLab
        </Header>
      }
    >
      <SpaceBetween size="l">
        <AboutLakeLab />
        <QuickActions />
        <LabAtAGlance />
      </SpaceBetween>
    </ContentLayout>
  );
}
