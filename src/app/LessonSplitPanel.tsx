import SplitPanel from '@cloudscape-design/components/split-panel';
import Spinner from '@cloudscape-design/components/spinner';
import { Suspense } from 'react';
import { FeatureErrorBoundary } from './FeatureErrorBoundary';
import { ActiveLessonPanel } from './routes';

/** The lesson in progress beside every console page, so its checks tick wherever the student works. */
export function LessonSplitPanel() {
  return (
    <SplitPanel
      header="Lesson in progress"
      hidePreferencesButton
      i18nStrings={{
        closeButtonAriaLabel: 'Hide lesson panel',
        openButtonAriaLabel: 'Show lesson panel',
        resizeHandleAriaLabel: 'Resize lesson panel',
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
