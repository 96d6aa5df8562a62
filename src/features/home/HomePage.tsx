import Box from '@cloudscape-design/components/box';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useT } from '../../i18n';
import { LabAtAGlance } from './LabAtAGlance';
import { QuickActions } from './QuickActions';

function AboutLakeLab() {
  const { t } = useT();
  return (
    <Container header={<Header variant="h2">{t('home.aboutTitle')}</Header>}>
      <ColumnLayout columns={2} variant="text-grid">
        <SpaceBetween size="xs">
          <Box variant="p">{t('home.about1')}</Box>
          <Box variant="p">{t('home.about2')}</Box>
        </SpaceBetween>
        <SpaceBetween size="xs">
          <Box variant="p">{t('home.about3')}</Box>
          <Box variant="small">{t('home.notAffiliated')}</Box>
        </SpaceBetween>
      </ColumnLayout>
    </Container>
  );
}

export default function HomePage() {
  const { t } = useT();
  return (
    <ContentLayout
      header={
        <Header variant="h1" description={t('home.description')}>
          {t('home.title')}
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
