import ButtonDropdown from '@cloudscape-design/components/button-dropdown';
import ToggleButton from '@cloudscape-design/components/toggle-button';
import { LANGUAGES, saveLanguage, useT } from '../../i18n';
import { useLake, useLakeStore } from '../../store';

/** The language menu (English / Français) and the presentation-mode toggle. */
export function ShellPreferences() {
  const store = useLakeStore();
  const { t, language } = useT();
  const isPresenting = useLake((s) => s.isPresenting);
  const current = LANGUAGES.find((l) => l.id === language) ?? LANGUAGES[0]!;
  return (
    <>
      <ButtonDropdown
        ariaLabel={`${t('topbar.language')}: ${current.label}`}
        items={LANGUAGES.map((l) => ({
          id: l.id,
          text: l.label,
          lang: l.id,
          itemType: 'checkbox',
          checked: l.id === language,
        }))}
        onItemClick={({ detail }) => {
          const next = LANGUAGES.find((l) => l.id === detail.id);
          if (!next) return;
          store.getState().setLanguage(next.id);
          saveLanguage(next.id);
        }}
      >
        {current.id.toUpperCase()}
      </ButtonDropdown>
      <ToggleButton
        variant="icon"
        iconName="zoom-in"
        pressedIconName="zoom-out"
        ariaLabel={t('topbar.presentationMode')}
        pressed={isPresenting}
        onChange={({ detail }) => store.getState().setPresenting(detail.pressed)}
      />
    </>
  );
}
