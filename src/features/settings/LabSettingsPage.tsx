import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { ExportImportPanel } from './ExportImportPanel';
import { ResetLabPanel } from './ResetLabPanel';
import { SaveStatusPanel } from './SaveStatusPanel';

export default function LabSettingsPage() {
  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description="Your lab lives in this browser tab: save it, move it, or start again."
        >
          Lab settings
        </Header>
      }
    >
      <SpaceBetween size="l">
        <SaveStatusPanel />
        <ExportImportPanel />
        <ResetLabPanel />
      </SpaceBetween>
    </ContentLayout>
  );
}
