import type { AppLayoutProps } from '@cloudscape-design/components/app-layout';
import { useEffect, useState } from 'react';
import { useLake } from '../store';
import { lessonPanelWidth } from './lessonPanelLayout';
import { PRESENTATION_PAGE_ZOOM } from './presentation';

const DEFAULT_WIDTH = 360;

type LessonPanelLayoutProps = Required<
  Pick<AppLayoutProps, 'splitPanelPreferences' | 'splitPanelSize' | 'onSplitPanelResize'>
>;

function useWindowWidth(): number {
  const [width, setWidth] = useState(() => window.innerWidth);
  useEffect(() => {
    const handleResize = () => setWidth(window.innerWidth);
    window.addEventListener('resize', handleResize);
    return () => window.removeEventListener('resize', handleResize);
  }, []);
  return width;
}

/**
 * The lesson split panel's AppLayout props: beside the page, at the width the user drags it
 * to, cut in presentation mode to what the zoomed window has room for (see lessonPanelWidth).
 */
export function useLessonPanelLayout(): LessonPanelLayoutProps {
  const zoom = useLake((s) => s.isPresenting) ? PRESENTATION_PAGE_ZOOM : 1;
  const windowWidth = useWindowWidth();
  const [chosenWidth, setChosenWidth] = useState(DEFAULT_WIDTH);
  return {
    splitPanelPreferences: { position: 'side' },
    splitPanelSize: lessonPanelWidth(chosenWidth, windowWidth, zoom),
    onSplitPanelResize: ({ detail }) => setChosenWidth(detail.size),
  };
}
