import ToggleButton from '@cloudscape-design/components/toggle-button';
import { useT } from '../../i18n';
import { useLake, useLakeStore } from '../../store';
import { saveColorMode } from '../colorMode';

/** Light or dark mode for the whole console; the choice is remembered in this browser. */
export function ColorModeToggle() {
  const store = useLakeStore();
  const { t } = useT();
  const colorMode = useLake((s) => s.colorMode);
  return (
    <ToggleButton
      variant="icon"
      iconName="light-dark"
      pressedIconName="light-dark"
      ariaLabel={t('topbar.darkMode')}
      pressed={colorMode === 'dark'}
      onChange={({ detail }) => {
        const mode = detail.pressed ? 'dark' : 'light';
        store.getState().setColorMode(mode);
        saveColorMode(mode);
      }}
    />
  );
}
