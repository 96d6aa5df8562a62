import Grid from '@cloudscape-design/components/grid';
import SideNavigation from '@cloudscape-design/components/side-navigation';
import { useRoute, href } from '../../store/router';
import { AdministratorsSection } from './AdministratorsSection';
import { AuditSection } from './AuditSection';
import { CatalogSection } from './CatalogSection';
import { FiltersSection } from './FiltersSection';
import { LfTagPermissionsSection } from './LfTagPermissionsSection';
import { LocationsSection } from './LocationsSection';
import { PermissionsSection } from './PermissionsSection';
import { PlaygroundSection } from './PlaygroundSection';
import { TagsSection } from './TagsSection';

type Section =
  | 'playground'
  | 'administrators'
  | 'locations'
  | 'catalog'
  | 'tags'
  | 'tag-permissions'
  | 'filters'
  | 'permissions'
  | 'audit';

const SECTIONS: Array<{ id: Section; text: string }> = [
  { id: 'playground', text: 'Permission playground' },
  { id: 'administrators', text: 'Administrators' },
  { id: 'locations', text: 'Data lake locations' },
  { id: 'catalog', text: 'Databases and tables' },
  { id: 'tags', text: 'LF-Tags' },
  { id: 'tag-permissions', text: 'LF-Tag permissions' },
  { id: 'filters', text: 'Data filters' },
  { id: 'permissions', text: 'Data permissions' },
  { id: 'audit', text: 'Data access audit' },
];

function SectionContent({ section }: { section: Section }) {
  switch (section) {
    case 'playground':
      return <PlaygroundSection />;
    case 'administrators':
      return <AdministratorsSection />;
    case 'locations':
      return <LocationsSection />;
    case 'catalog':
      return <CatalogSection />;
    case 'tags':
      return <TagsSection />;
    case 'tag-permissions':
      return <LfTagPermissionsSection />;
    case 'filters':
      return <FiltersSection />;
    case 'permissions':
      return <PermissionsSection />;
    case 'audit':
      return <AuditSection />;
  }
}

/** AWS Lake Formation: its own section list beside the section, every route under `/lakeformation`. */
export default function LakeFormationPage() {
  const { segments } = useRoute();
  const section = SECTIONS.find((s) => s.id === segments[1])?.id ?? 'playground';
  return (
    <Grid gridDefinition={[{ colspan: { default: 12, s: 3 } }, { colspan: { default: 12, s: 9 } }]}>
      <SideNavigation
        header={{ text: 'AWS Lake Formation', href: href('/lakeformation') }}
        activeHref={href(`/lakeformation/${section}`)}
        items={SECTIONS.map((s) => ({
          type: 'link',
          text: s.text,
          href: href(`/lakeformation/${s.id}`),
        }))}
      />
      <SectionContent section={section} />
    </Grid>
  );
}
