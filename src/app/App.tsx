import AppLayout from '@cloudscape-design/components/app-layout';
import BreadcrumbGroup from '@cloudscape-design/components/breadcrumb-group';
import { useEffect, useState } from 'react';
import { OnboardingTour } from '../features/tour/OnboardingTour';
import { pageLabel as translatedPageLabel, useT } from '../i18n';
import { useLake, useLakeStore } from '../store';
import { useLessonLookup } from '../ui/useLessonLookup';
import { navigate, useRoute } from '../store/router';
import { breadcrumbsFor } from './breadcrumbs';
import { applyColorMode } from './colorMode';
import { applyPresentationMode } from './presentation';
import { HelpPanelContent } from './HelpPanelContent';
import { LessonSplitPanel } from './LessonSplitPanel';
import { Notifications } from './Notifications';
import { PageContent } from './PageContent';
import { featureFor, TerminalPanel } from './routes';
import { SideNav } from './SideNav';
import { TERMINAL_DOCK_ID, TerminalDock } from './TerminalDock';
import { TOP_BAR_ID, TopBar } from './topbar/TopBar';
import { useLessonPanelLayout } from './useLessonPanelLayout';

/** The console: top bar, side navigation, breadcrumbs, notifications, page, help and terminal. */
export function App() {
  const store = useLakeStore();
  const route = useRoute();
  const colorMode = useLake((s) => s.colorMode);
  const isTerminalOpen = useLake((s) => s.isTerminalOpen);
  const isPresenting = useLake((s) => s.isPresenting);
  const { t, language } = useT();
  // Only a lesson page's breadcrumb needs the lessons (their title); they load then.
  const lessonLookup = useLessonLookup(route.path.startsWith('/lessons/'));
  const [isToolsOpen, setToolsOpen] = useState(false);
  const [isLessonPanelOpen, setLessonPanelOpen] = useState(true);
  const lessonPanelLayout = useLessonPanelLayout();
  // The lesson page shows its own step panel; everywhere else the split panel carries it (in
  // presentation mode too: the panel itself hides the lesson text there).
  const hasLessonPanel =
    useLake((s) => s.activeLessonId !== undefined) && !route.path.startsWith('/lessons');
  useEffect(() => applyColorMode(colorMode), [colorMode]);
  useEffect(() => void applyPresentationMode(isPresenting), [isPresenting]);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  // `?present=1` in a shared link opens the console in presentation mode.
  const presentParam = route.query.get('present');
  useEffect(() => {
    if (presentParam === '1') store.getState().setPresenting(true);
  }, [presentParam, store]);
  const feature = featureFor(route.path);
  const pageLabel =
    route.path === '/'
      ? undefined
      : feature
        ? translatedPageLabel(language, feature.path, feature.label)
        : t('app.pageNotFound');
  useEffect(() => {
    document.title = pageLabel ? `${pageLabel} · LakeLab` : 'LakeLab';
  }, [pageLabel]);
  return (
    <>
      <TopBar />
      <AppLayout
        headerSelector={`#${TOP_BAR_ID}`}
        footerSelector={`#${TERMINAL_DOCK_ID}`}
        navigation={<SideNav activePath={route.path} />}
        breadcrumbs={
          route.path !== '/' && (
            <BreadcrumbGroup
              ariaLabel={t('app.breadcrumbs')}
              items={breadcrumbsFor(
                route.path,
                route.segments,
                language,
                lessonLookup?.lessonTitle,
              )}
              onFollow={(event) => {
                event.preventDefault();
                navigate(event.detail.href.replace(/^#/, ''));
              }}
            />
          )
        }
        notifications={<Notifications />}
        tools={<HelpPanelContent path={route.path} />}
        toolsOpen={isToolsOpen}
        onToolsChange={({ detail }) => setToolsOpen(detail.open)}
        ariaLabels={{
          navigation: t('app.sideNavigation'),
          navigationToggle: t('app.openSideNavigation'),
          navigationClose: t('app.closeSideNavigation'),
          tools: t('app.helpPanel'),
          toolsToggle: t('app.openHelpPanel'),
          toolsClose: t('app.closeHelpPanel'),
          notifications: t('app.notifications'),
        }}
        content={<PageContent route={route} />}
        splitPanel={hasLessonPanel ? <LessonSplitPanel /> : undefined}
        splitPanelOpen={hasLessonPanel && isLessonPanelOpen}
        onSplitPanelToggle={({ detail }) => setLessonPanelOpen(detail.open)}
        {...lessonPanelLayout}
      />
      <TerminalDock
        isOpen={isTerminalOpen}
        panel={TerminalPanel}
        onClose={() => store.getState().setTerminalOpen(false)}
      />
      <OnboardingTour />
    </>
  );
}
