/** Short help per page for the tools panel, by route prefix. */
export interface PageHelp {
  title: string;
  paragraphs: string[];
}

export const HOME_HELP: PageHelp = {
  title: 'LakeLab',
  paragraphs: [
    'LakeLab simulates the AWS services of a data lake in this browser tab: nothing leaves your computer and nothing costs money.',
    'The clock at the top is simulated time: play it, step to the next event, or jump ahead to see jobs finish and costs accrue.',
  ],
};

export const PAGE_HELP: Record<string, PageHelp> = {
  '/s3': {
    title: 'Amazon S3',
    paragraphs: [
      'Buckets hold the objects of your data lake: raw files land here, curated and aggregated data are written back here.',
      'Bucket names are global and follow the S3 naming rules; object keys can use "/" to look like folders (prefixes).',
    ],
  },
  '/iam': {
    title: 'IAM',
    paragraphs: [
      'Users are people or programs; roles are identities that a service (Glue, Lake Formation) or a person assumes.',
      'Attach AWS managed policies or write an inline policy. "Act as this principal" makes every console call as that user or role, so you can test what it may do.',
    ],
  },
  '/settings': {
    title: 'Lab settings',
    paragraphs: [
      'Your lab is saved in this browser. Export it to a .lakelab file to keep it or share it with a class; import a file to replace the lab; reset to start over.',
    ],
  },
};
