import SideNavigation, {
  type SideNavigationProps,
} from '@cloudscape-design/components/side-navigation';
import { pageLabel, sectionLabel, t, useT, type Language } from '../i18n';
import { useLakeStore } from '../store';
import { href, navigate } from '../store/router';
import { FEATURES, NAV_SECTIONS } from './routes';

const TERMINAL_HREF = '#terminal';

function navItems(language: Language): SideNavigationProps.Item[] {
  const sections: SideNavigationProps.Item[] = [];
  for (const section of NAV_SECTIONS) {
    const links: SideNavigationProps.Item[] = FEATURES.filter((f) => f.section === section).map(
      (f) => ({ type: 'link', text: pageLabel(language, f.path, f.label), href: href(f.path) }),
    );
    if (section === 'Tools')
      links.unshift({ type: 'link', text: t(language, 'nav.terminal'), href: TERMINAL_HREF });
    if (links.length > 0)
      sections.push({ type: 'section', text: sectionLabel(language, section), items: links });
  }
  return sections;
}

/** The side navigation, built from the route table. */
export function SideNav({ activePath }: { activePath: string }) {
  const store = useLakeStore();
  const { language } = useT();
  const feature = FEATURES.find(
    (f) => activePath === f.path || activePath.startsWith(`${f.path}/`),
  );
  return (
    <div data-tour="navigation">
      <SideNavigation
        header={{ text: 'LakeLab', href: href('/') }}
        activeHref={feature ? href(feature.path) : href(activePath)}
        items={navItems(language)}
        onFollow={(event) => {
          event.preventDefault();
          if (event.detail.href === TERMINAL_HREF) return store.getState().setTerminalOpen(true);
          navigate(event.detail.href.replace(/^#/, ''));
        }}
      />
    </div>
  );
}
