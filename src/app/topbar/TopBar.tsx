import ToggleButton from '@cloudscape-design/components/toggle-button';
import { FONT_FAMILY_BASE, TOP_BAR } from '../../ui/theme';
import { lazy, Suspense, useState } from 'react';
import { useT } from '../../i18n';
import { useLake, useLakeStore } from '../../store';
import { href } from '../../store/router';
import { ShareControls } from '../../features/share/ShareControls';
import { UndoRedoButtons } from '../../features/timeline/UndoRedoButtons';
import { ClockControls } from './ClockControls';
import { ColorModeToggle } from './ColorModeToggle';
import { CostMeter } from './CostMeter';
import { PrincipalSwitcher } from './PrincipalSwitcher';
import { ShellPreferences } from './ShellPreferences';
import { useClockActions } from './useClockActions';
import { useOnceTrue } from '../../ui/useOnceTrue';

// The custom jump dialog (modal, form field, input) loads when first opened.
const JumpAheadModal = lazy(() =>
  import('./JumpAheadModal').then((m) => ({ default: m.JumpAheadModal })),
);

export const TOP_BAR_ID = 'lakelab-top-bar';

/**
 * The console's top bar, dark in both modes like the AWS console's: brand, simulated
 * clock, cost meter, principal, colour mode and the terminal toggle.
 */
export function TopBar() {
  const store = useLakeStore();
  const { t } = useT();
  const isTerminalOpen = useLake((s) => s.isTerminalOpen);
  const { isBusy, jump, step } = useClockActions();
  const [isCustomJumpOpen, setCustomJumpOpen] = useState(false);
  const isCustomJumpUsed = useOnceTrue(isCustomJumpOpen);
  return (
    <>
      <header
        id={TOP_BAR_ID}
        className="awsui-context-top-navigation"
        style={{
          position: 'sticky',
          top: 0,
          zIndex: 1002,
          display: 'flex',
          alignItems: 'center',
          gap: 8,
          padding: '6px 12px',
          minHeight: 52,
          boxSizing: 'border-box',
          flexWrap: 'wrap',
          fontFamily: FONT_FAMILY_BASE,
          background: TOP_BAR.background,
          color: TOP_BAR.text,
          borderBottom: `1px solid ${TOP_BAR.border}`,
        }}
      >
        <a
          href={href('/')}
          style={{
            display: 'flex',
            alignItems: 'center',
            gap: 8,
            color: 'inherit',
            textDecoration: 'none',
            fontWeight: 700,
            fontSize: 18,
          }}
        >
          <img src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" width={28} height={28} />
          LakeLab
        </a>
        <ClockControls
          isBusy={isBusy}
          onJump={(ms) => void jump(ms)}
          onStep={() => void step()}
          onCustomJump={() => setCustomJumpOpen(true)}
        />
        <UndoRedoButtons />
        <div style={{ flex: 1 }} />
        <CostMeter />
        <PrincipalSwitcher />
        <ColorModeToggle />
        <ShellPreferences />
        <ShareControls />
        <div data-tour="terminal">
          <ToggleButton
            variant="icon"
            iconName="command-prompt"
            pressedIconName="command-prompt"
            ariaLabel={t('topbar.terminal')}
            pressed={isTerminalOpen}
            onChange={({ detail }) => store.getState().setTerminalOpen(detail.pressed)}
          />
        </div>
      </header>
      {isCustomJumpUsed && (
        <Suspense fallback={null}>
          <JumpAheadModal
            visible={isCustomJumpOpen}
            onDismiss={() => setCustomJumpOpen(false)}
            onJump={jump}
          />
        </Suspense>
      )}
    </>
  );
}
