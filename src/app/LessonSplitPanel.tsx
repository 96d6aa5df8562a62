import SplitPanel from '@cloudscape-design/components/split-panel';
import Spinner from '@cloudscape-design/components/spinner';
import { Suspense } from 'react';
import { useT } from '../i18n';
import { FeatureErrorBoundary } from './FeatureErrorBoundary';
import { ActiveLessonPanel } from './routes';

/** The lesson in progress beside every console page, so its checks tick wherever the student works. */
export function LessonSplitPanel() {
  const { t } = useT();
  return (
    <SplitPanel
      header={t('lessons.panelHeader')}
      hidePreferencesButton
      i18nStrings={{
        closeButtonAriaLabel: t('lessons.panelHide'),
        openButtonAriaLabel: t('lessons.panelShow'),
        resizeHandleAriaLabel: t('lessons.panelResize'),
      }}
    >
      <FeatureErrorBoundary featureName="Lesson">
        <Suspense fallback={<Spinner />}>
          <ActiveLessonPanel />
        </Suspense>
      </FeatureErrorBoundary>
    </SplitPanel>
  );
}
