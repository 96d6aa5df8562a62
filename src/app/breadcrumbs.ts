import type { BreadcrumbGroupProps } from '@cloudscape-design/components/breadcrumb-group';
import { pageLabel, t, type Language } from '../i18n';
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

/** Names a lesson by id in a language; loaded lazily, so absent until the lessons arrive. */
export type LessonTitle = (id: string, language: Language) => string | undefined;

/** A segment that names a thing by id, said by its name: `/lessons/lab-tour` → "Lab tour". */
function segmentLabel(
  parent: string,
  segment: string,
  language: Language,
  lessonTitle: LessonTitle | undefined,
): string {
  const named = parent === '/lessons' ? lessonTitle?.(segment, language) : undefined;
  return named ?? SEGMENT_LABELS[segment] ?? segment;
}

/**
 * LakeLab › feature › each further path segment, each linking to its own path. A lesson
 * is named by `lessonTitle` once the lessons have loaded, by its id until then.
 */
export function breadcrumbsFor(
  path: string,
  segments: string[],
  language: Language = 'en',
  lessonTitle?: LessonTitle,
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
    items.push({ text: segmentLabel(parent, segment, language, lessonTitle), href: href(path) });
  }
  return items;
}
