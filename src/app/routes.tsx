import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export type NavSection = 'Storage' | 'Catalog' | 'Governance' | 'Analytics' | 'Security' | 'Tools';

/** A console page: its place in the side navigation, its route prefix and its help. */
export interface FeatureRoute {
  /** Route prefix: the page handles this path and everything below it. */
  path: string;
  section: NavSection;
  label: string;
  page: LazyExoticComponent<ComponentType>;
  help: { title: string; paragraphs: string[] };
}

/** The order sections appear in the side navigation. */
export const NAV_SECTIONS: NavSection[] = [
  'Storage',
  'Catalog',
  'Governance',
  'Analytics',
  'Security',
  'Tools',
];

/** Every console page. Adding a service is one line here. */
export const FEATURES: FeatureRoute[] = [
  {
    path: '/iam',
    section: 'Security',
    label: 'IAM',
    page: lazy(() => import('../features/iam/IamPage')),
    help: {
      title: 'IAM',
      paragraphs: [
        'Users are people or programs; roles are identities that a service (Glue, Lake Formation) or a person assumes.',
        'Attach AWS managed policies or write an inline policy. "Act as this principal" makes every console call as that user or role, so you can test what it may do.',
      ],
    },
  },
  {
    path: '/settings',
    section: 'Tools',
    label: 'Lab settings',
    page: lazy(() => import('../features/settings/LabSettingsPage')),
    help: {
      title: 'Lab settings',
      paragraphs: [
        'Your lab is saved in this browser. Export it to a .lakelab file to keep it or share it with a class; import a file to replace the lab; reset to start over.',
      ],
    },
  },
];

export const HomePage = lazy(() => import('../features/home/HomePage'));

export const HOME_HELP = {
  title: 'LakeLab',
  paragraphs: [
    'LakeLab simulates the AWS services of a data lake in this browser tab: nothing leaves your computer and nothing costs money.',
    'The clock at the top is simulated time: play it, step to the next event, or jump ahead to see jobs finish and costs accrue.',
  ],
};

/** The feature whose prefix matches the path (`/s3/buckets/raw` → Amazon S3). */
export function featureFor(path: string): FeatureRoute | undefined {
  return FEATURES.find((f) => path === f.path || path.startsWith(`${f.path}/`));
}

/** The terminal panel, loaded when first opened. */
export const TerminalPanel = lazy(() => import('../features/terminal/TerminalPanel'));
