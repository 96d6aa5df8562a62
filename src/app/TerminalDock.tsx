import Box from '@cloudscape-design/components/box';
import Spinner from '@cloudscape-design/components/spinner';
import { useLake } from '../store';
import { surfaceColors } from '../ui/theme';
import {
  Suspense,
  useState,
  type ComponentType,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';
import { FeatureErrorBoundary } from './FeatureErrorBoundary';

export const TERMINAL_DOCK_ID = 'lakelab-terminal-dock';
const MIN_HEIGHT = 120;
const STEP = 24;

const windowHeight = () => (typeof window === 'undefined' ? 720 : window.innerHeight);
const defaultHeight = () => Math.round(windowHeight() * 0.35);
const maxHeight = () => Math.round(windowHeight() * 0.75);
const clamp = (h: number) => Math.min(maxHeight(), Math.max(MIN_HEIGHT, h));

interface Props {
  isOpen: boolean;
  panel: ComponentType<{ onClose: () => void }>;
  onClose: () => void;
}

/**
 * The AppLayout footer (`footerSelector` = `#TERMINAL_DOCK_ID`): always in the page, empty and
 * 0 px high while the terminal is closed. AppLayout measures its footer with a ResizeObserver
 * on the element the selector finds and keeps the last height it saw; removing the element
 * (or switching the selector) would leave the layout short by the terminal's height.
 */
export function TerminalDock({ isOpen, panel, onClose }: Props) {
  return (
    <div id={TERMINAL_DOCK_ID} style={{ position: 'sticky', bottom: 0, zIndex: 1001 }}>
      {isOpen && <DockPanel panel={panel} onClose={onClose} />}
    </div>
  );
}

/**
 * A bottom panel (about 35% of the window, resizable by dragging or with the arrow keys)
 * that stays in view while the page scrolls and never covers the page's end.
 */
function DockPanel({ panel: Panel, onClose }: Omit<Props, 'isOpen'>) {
  const [height, setHeight] = useState(defaultHeight);
  const colors = surfaceColors(useLake((s) => s.colorMode));
  const handlePointerDown = (event: PointerEvent<HTMLDivElement>) => {
    const startY = event.clientY;
    const startHeight = height;
    const target = event.currentTarget;
    target.setPointerCapture(event.pointerId);
    const move = (e: globalThis.PointerEvent) => setHeight(clamp(startHeight + startY - e.clientY));
    const up = () => {
      target.removeEventListener('pointermove', move);
      target.removeEventListener('pointerup', up);
    };
    target.addEventListener('pointermove', move);
    target.addEventListener('pointerup', up);
  };
  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'ArrowUp') setHeight((h) => clamp(h + STEP));
    else if (event.key === 'ArrowDown') setHeight((h) => clamp(h - STEP));
    else return;
    event.preventDefault();
  };
  return (
    <section
      aria-label="Terminal panel"
      style={{
        height,
        display: 'flex',
        flexDirection: 'column',
        background: colors.background,
        borderTop: `1px solid ${colors.border}`,
        boxShadow: '0 -2px 6px rgba(0,0,0,0.15)',
      }}
    >
      <div
        role="separator"
        aria-orientation="horizontal"
        aria-label="Resize the terminal panel"
        aria-valuemin={MIN_HEIGHT}
        aria-valuemax={maxHeight()}
        aria-valuenow={height}
        tabIndex={0}
        onPointerDown={handlePointerDown}
        onKeyDown={handleKeyDown}
        style={{
          height: 8,
          flex: 'none',
          cursor: 'ns-resize',
          touchAction: 'none',
          display: 'flex',
          justifyContent: 'center',
          alignItems: 'center',
        }}
      >
        <span style={{ width: 40, height: 3, borderRadius: 2, background: colors.handle }} />
      </div>
      <div style={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
        <FeatureErrorBoundary featureName="Terminal">
          <Suspense
            fallback={
              <Box padding="m">
                <Spinner /> Loading the terminal…
              </Box>
            }
          >
            <Panel onClose={onClose} />
          </Suspense>
        </FeatureErrorBoundary>
      </div>
    </section>
  );
}
