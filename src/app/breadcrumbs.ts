import type { BreadcrumbGroupProps } from '@cloudscape-design/components/breadcrumb-group';
import { pageLabel, t, type Language } from '../i18n';
import { lessonById } from '../lessons';
import { localizeLesson } from '../lessons/i18n/localize';
import { href } from '../store/router';
import { featureFor } from './routes';

/** Words in paths that read better capitalised in the breadcrumb trail. */
const SEGMENT_LABELS: Record<string, string> = {
  users: 'Users',
  roles: 'Roles',
  buckets: 'Buckets',
  create: 'Create',
  'create-user': 'Create user',
  'create-role': 'Create role',
  object: 'Object',
  lifecycle: 'Lifecycle',
  properties: 'Properties',
  edit: 'Edit',
  databases: 'Databases',
  tables: 'Tables',
  'create-database': 'Add database',
  'add-table': 'Add table',
  'edit-schema': 'Edit schema',
  search: 'Search tables',
};

/** A segment that names a thing by id, said by its name: `/lessons/lab-tour` → "Lab tour". */
const NAMED_SEGMENTS: Record<string, (id: string, language: Language) => string | undefined> = {
  '/lessons': (id, language) => {
    const lesson = lessonById(id);
    return lesson && localizeLesson(lesson, language).title;
  },
};

function segmentLabel(parent: string, segment: string, language: Language): string {
  return NAMED_SEGMENTS[parent]?.(segment, language) ?? SEGMENT_LABELS[segment] ?? segment;
}

/** LakeLab › feature › each further path segment, each linking to its own path. */
export function breadcrumbsFor(
  path: string,
  segments: string[],
  language: Language = 'en',
): BreadcrumbGroupProps.Item[] {
  const items: BreadcrumbGroupProps.Item[] = [{ text: 'LakeLab', href: href('/') }];
  const feature = featureFor(path);
  if (!feature)
    return path === '/'
      ? items
      : [...items, { text: t(language, 'app.pageNotFound'), href: href(path) }];
  items.push({
    text: pageLabel(language, feature.path, feature.label),
    href: href(feature.path),
  });
  const depth = feature.path.split('/').filter(Boolean).length;
  for (let i = depth; i < segments.length; i++) {
    const segment = segments[i]!;
    const path = `/${segments
      .slice(0, i + 1)
      .map(encodeURIComponent)
      .join('/')}`;
    const parent = `/${segments.slice(0, i).join('/')}`;
    items.push({ text: segmentLabel(parent, segment, language), href: href(path) });
  }
  return items;
}
