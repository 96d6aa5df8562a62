import AppLayout from '@cloudscape-design/components/app-layout';
import BreadcrumbGroup from '@cloudscape-design/components/breadcrumb-group';
import { useEffect, useState } from 'react';
import { useLake, useLakeStore } from '../store';
import { navigate, useRoute } from '../store/router';
import { breadcrumbsFor } from './breadcrumbs';
import { applyColorMode } from './colorMode';
import { HelpPanelContent } from './HelpPanelContent';
import { LessonSplitPanel } from './LessonSplitPanel';
import { Notifications } from './Notifications';
import { PageContent } from './PageContent';
import { featureFor, TerminalPanel } from './routes';
import { SideNav } from './SideNav';
import { TERMINAL_DOCK_ID, TerminalDock } from './TerminalDock';
import { TOP_BAR_ID, TopBar } from './topbar/TopBar';

/** The console: top bar, side navigation, breadcrumbs, notifications, page, help and terminal. */
export function App() {
  const store = useLakeStore();
  const route = useRoute();
  const colorMode = useLake((s) => s.colorMode);
  const isTerminalOpen = useLake((s) => s.isTerminalOpen);
  const [isToolsOpen, setToolsOpen] = useState(false);
  const [isLessonPanelOpen, setLessonPanelOpen] = useState(true);
  const [lessonPanelSize, setLessonPanelSize] = useState(360);
  // The lesson page shows its own step panel; everywhere else the split panel carries it.
  const hasLessonPanel =
    useLake((s) => s.activeLessonId !== undefined) && !route.path.startsWith('/lessons');
  useEffect(() => applyColorMode(colorMode), [colorMode]);
  const pageLabel =
    route.path === '/' ? undefined : (featureFor(route.path)?.label ?? 'Page not found');
  useEffect(() => {
    document.title = pageLabel ? `${pageLabel} · LakeLab` : 'LakeLab';
  }, [pageLabel]);
  return (
    <>
      <TopBar />
      <AppLayout
        headerSelector={`#${TOP_BAR_ID}`}
        footerSelector={isTerminalOpen ? `#${TERMINAL_DOCK_ID}` : undefined}
        navigation={<SideNav activePath={route.path} />}
        breadcrumbs={
          route.path !== '/' && (
            <BreadcrumbGroup
              ariaLabel="Breadcrumbs"
              items={breadcrumbsFor(route.path, route.segments)}
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
          navigation: 'Side navigation',
          navigationToggle: 'Open side navigation',
          navigationClose: 'Close side navigation',
          tools: 'Help panel',
          toolsToggle: 'Open help panel',
          toolsClose: 'Close help panel',
          notifications: 'Notifications',
        }}
        content={<PageContent route={route} />}
        splitPanel={hasLessonPanel ? <LessonSplitPanel /> : undefined}
        splitPanelOpen={hasLessonPanel && isLessonPanelOpen}
        onSplitPanelToggle={({ detail }) => setLessonPanelOpen(detail.open)}
        splitPanelPreferences={{ position: 'side' }}
        splitPanelSize={lessonPanelSize}
        onSplitPanelResize={({ detail }) => setLessonPanelSize(detail.size)}
      />
      {isTerminalOpen && (
        <TerminalDock
          panel={TerminalPanel}
          onClose={() => store.getState().setTerminalOpen(false)}
        />
      )}
    </>
  );
}
