import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export type NavSection =
  'Ingestion' | 'Storage' | 'Catalog' | 'Governance' | 'Analytics' | 'Security' | 'Tools';

/** A console page: its place in the side navigation and its route prefix. */
export interface FeatureRoute {
  /** Route prefix: the page handles this path and everything below it. */
  path: string;
  section: NavSection;
  label: string;
  page: LazyExoticComponent<ComponentType>;
}

/** The order sections appear in the side navigation (empty sections are hidden). */
export const NAV_SECTIONS: NavSection[] = [
  'Ingestion',
  'Storage',
  'Catalog',
  'Governance',
  'Analytics',
  'Security',
  'Tools',
];

type PageModule = Promise<{ default: ComponentType }>;
const feature = (
  path: string,
  section: NavSection,
  label: string,
  load: () => PageModule,
): FeatureRoute => ({
  path,
  section,
  label,
  page: lazy(load),
});

/** Every console page, loaded on demand. Adding a service is one line here (and its help in pageHelp.ts). */
export const FEATURES: FeatureRoute[] = [
  feature(
    '/canvas',
    'Ingestion',
    'Lake canvas',
    () => import('../features/lake-canvas/LakeCanvasPage'),
  ),
  feature('/s3', 'Storage', 'Amazon S3', () => import('../features/s3/S3Page')),
  feature(
    '/glue/crawlers',
    'Catalog',
    'Crawlers',
    () => import('../features/crawlers/CrawlersPage'),
  ),
  feature(
    '/glue/classifiers',
    'Catalog',
    'Classifiers',
    () => import('../features/crawlers/CrawlersPage'),
  ),
  feature('/glue', 'Catalog', 'Data Catalog', () => import('../features/glue/GluePage')),
  feature('/athena', 'Analytics', 'Amazon Athena', () => import('../features/athena/AthenaPage')),
  feature(
    '/lakeformation',
    'Governance',
    'Lake Formation',
    () => import('../features/lake-formation/LakeFormationPage'),
  ),
  feature('/iam', 'Security', 'IAM', () => import('../features/iam/IamPage')),
  feature('/lessons', 'Tools', 'Course', () => import('../features/lessons/LessonsPage')),
  feature('/quiz', 'Tools', 'Quizzes', () => import('../features/quiz/QuizPage')),
  feature('/timeline', 'Tools', 'Timeline', () => import('../features/timeline/TimelinePage')),
  feature('/scenarios', 'Tools', 'Scenarios', () => import('../features/scenarios/ScenariosPage')),
  feature(
    '/settings',
    'Tools',
    'Lab settings',
    () => import('../features/settings/LabSettingsPage'),
  ),
];

export const HomePage = lazy(() => import('../features/home/HomePage'));

/** The step panel of the lesson in progress, shown beside every page while a lesson runs. */
export const ActiveLessonPanel = lazy(() => import('../features/lessons/ActiveLessonPanel'));

/** The terminal panel, loaded when first opened. */
export const TerminalPanel = lazy(() => import('../features/terminal/TerminalPanel'));

/** The feature whose prefix matches the path (`/s3/buckets/raw` → Amazon S3). */
export function featureFor(path: string): FeatureRoute | undefined {
  return FEATURES.find((f) => path === f.path || path.startsWith(`${f.path}/`));
}
