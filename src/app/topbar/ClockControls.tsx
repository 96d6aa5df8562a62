import ButtonGroup, { type ButtonGroupProps } from '@cloudscape-design/components/button-group';
import SegmentedControl from '@cloudscape-design/components/segmented-control';
import { useT } from '../../i18n';
import { useLake, useLakeStore } from '../../store';
import type { ClockSpeed } from '../../store/clockSlice';
import { formatSimulatedTime } from './formatting';
import { JUMP_PRESETS } from './useClockActions';

const SPEEDS: ClockSpeed[] = [1, 60, 3600];

/** The simulated clock: current time in UTC, play/pause, speed, step and jump ahead. */
interface Props {
  isBusy: boolean;
  onJump: (ms: number) => void;
  onStep: () => void;
  /** Opens the custom-duration dialog (rendered outside the dark top bar). */
  onCustomJump: () => void;
}

export function ClockControls({ isBusy, onJump, onStep, onCustomJump }: Props) {
  const store = useLakeStore();
  const { t } = useT();
  const now = useLake((s) => s.engine.clock.now().getTime());
  const nextEventAt = useLake((s) =>
    s.engine.clock.nextEventAt({ includeBackground: true })?.getTime(),
  );
  const isPlaying = useLake((s) => s.isPlaying);
  const speed = useLake((s) => s.speed);

  const items: ButtonGroupProps.ItemOrGroup[] = [
    {
      type: 'icon-button',
      id: 'play',
      text: isPlaying ? t('clock.pause') : t('clock.play'),
      iconName: isPlaying ? 'pause' : 'play',
    },
    {
      type: 'icon-button',
      id: 'step',
      text:
        nextEventAt === undefined
          ? t('clock.step')
          : t('clock.stepAt', { time: formatSimulatedTime(nextEventAt) }),
      iconName: 'angle-right-double',
      disabled: nextEventAt === undefined || isBusy,
      disabledReason: isBusy ? t('clock.moving') : t('clock.noEvent'),
    },
    {
      type: 'menu-dropdown',
      id: 'jump',
      text: t('clock.jumpAhead'),
      iconName: 'forward-10-seconds',
      disabled: isBusy,
      items: [
        ...JUMP_PRESETS.map((p) => ({ id: p.id, text: p.label })),
        { id: 'custom', text: t('clock.customDuration') },
      ],
    },
  ];

  const handleItemClick = (id: string) => {
    const state = store.getState();
    if (id === 'play') return isPlaying ? state.pause() : state.play();
    if (id === 'step') return onStep();
    if (id === 'custom') return onCustomJump();
    const preset = JUMP_PRESETS.find((p) => p.id === id);
    if (preset) onJump(preset.ms);
  };

  const handleSpeedChange = (next: ClockSpeed) =>
    isPlaying ? store.getState().play(next) : store.setState({ speed: next });

  return (
    <div data-tour="clock" style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
      <time
        dateTime={new Date(now).toISOString()}
        aria-label={t('clock.simulatedTime')}
        aria-live="off"
        style={{
          fontVariantNumeric: 'tabular-nums',
          fontWeight: 700,
          whiteSpace: 'nowrap',
          fontSize: 15,
        }}
      >
        {formatSimulatedTime(now)}
      </time>
      <ButtonGroup
        variant="icon"
        ariaLabel={t('clock.simulatedClock')}
        items={items}
        onItemClick={({ detail }) => handleItemClick(detail.id)}
      />
      <SegmentedControl
        label={t('clock.speed')}
        selectedId={String(speed)}
        options={SPEEDS.map((s) => ({ id: String(s), text: `×${s}` }))}
        onChange={({ detail }) => handleSpeedChange(Number(detail.selectedId) as ClockSpeed)}
      />
    </div>
  );
}
