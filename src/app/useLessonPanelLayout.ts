import type { AppLayoutProps } from '@cloudscape-design/components/app-layout';
import { useState } from 'react';

const DEFAULT_WIDTH = 360;

type LessonPanelLayoutProps = Required<
  Pick<AppLayoutProps, 'splitPanelPreferences' | 'splitPanelSize' | 'onSplitPanelResize'>
>;

/**
 * The lesson split panel's AppLayout props: beside the page, at the width the user drags it to.
 * AppLayout itself keeps the panel within the window (and moves it to the bottom when the
 * window is too narrow for a side panel).
 */
export function useLessonPanelLayout(): LessonPanelLayoutProps {
  const [chosenWidth, setChosenWidth] = useState(DEFAULT_WIDTH);
  return {
    splitPanelPreferences: { position: 'side' },
    splitPanelSize: chosenWidth,
    onSplitPanelResize: ({ detail }) => setChosenWidth(detail.size),
  };
}
