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
  '/canvas': {
    title: 'Lake canvas',
    paragraphs: [
      'The canvas draws your lake from its resources: sources on the left, AWS ingestion services in the middle, S3 buckets on the right. Resources made in the terminal, a lesson or another console appear here too.',
      'Add a source from the palette (drag it, or choose it and press Add to canvas), connect it to a bucket with "Connect to…", and Create: the panel lists the AWS calls it makes. Press Play to watch records flow and objects land; List view shows the same graph as a table.',
    ],
  },
  '/s3': {
    title: 'Amazon S3',
    paragraphs: [
      'Buckets hold the objects of your data lake: raw files land here, curated and aggregated data are written back here.',
      'Bucket names are global and follow the S3 naming rules; object keys can use "/" to look like folders (prefixes).',
    ],
  },
  '/glue': {
    title: 'AWS Glue Data Catalog',
    paragraphs: [
      'The Data Catalog describes the data in S3 as databases and tables: each table has columns with Hive types, a location, a format (SerDe) and optional partition keys.',
      "Partition keys are not columns of the files: their values come from folders like year=2025/month=01/. Filter partitions with an expression such as year = '2025' AND month = '01'.",
      'Each schema change (UpdateTable) archives a new table version; compare two versions on the Versions tab.',
    ],
  },
  '/glue/crawlers': {
    title: 'AWS Glue crawlers',
    paragraphs: [
      'A crawler lists and reads files under its S3 paths as its IAM role, picks a classifier for each file, and writes one table per folder of similar files to its database; key=value folders become partition keys.',
      'Crawls take simulated time: run a crawler, then press Play or Step to next event. Open a run and "Why this schema?" to see which classifier won, why each column got its type and how folders became tables and partitions.',
    ],
  },
  '/glue/classifiers': {
    title: 'AWS Glue classifiers',
    paragraphs: [
      'A custom classifier (Grok, CSV, JSON or XML) tells crawlers how to read files the built-in classifiers get wrong. Crawlers try their custom classifiers in order, then the built-in ones; the first certain match wins.',
    ],
  },
  '/athena': {
    title: 'Amazon Athena',
    paragraphs: [
      'Athena runs SQL on the files in S3 that Glue tables describe. Set a query result location for the workgroup first: every query writes its results there as a CSV file.',
      'You pay $5 per TB scanned (10 MB minimum per query). Partitions, Parquet and compression scan less: compare "Data scanned" for the same question over CSV and Parquet.',
      'Ctrl+Enter runs the query (or the selected text). Queries run as the principal chosen in the top bar, with its permissions.',
    ],
  },
  '/lakeformation': {
    title: 'AWS Lake Formation',
    paragraphs: [
      'Lake Formation governs the catalog and the data in S3 in three stages: register an S3 location, create databases and tables, then grant principals permissions on them (named resources, or LF-Tag expressions).',
      'A fresh account uses only IAM access control: IAMAllowedPrincipals holds ALL on every database and table. Clear the two defaults under Administrators and revoke that grant to have Lake Formation decide.',
      'The permission playground shows what a principal may read — tables, columns, rows — and why; preview a grant on a copy of the lab before applying it, then run as the principal in Athena.',
    ],
  },
  '/iam': {
    title: 'IAM',
    paragraphs: [
      'Users are people or programs; roles are identities that a service (Glue, Lake Formation) or a person assumes.',
      'Attach AWS managed policies or write an inline policy. "Act as this principal" makes every console call as that user or role, so you can test what it may do.',
    ],
  },
  '/lessons': {
    title: 'Course',
    paragraphs: [
      'Lessons of "Building Data Lakes on AWS", module by module. Starting a lesson sets up your lab; each step is checked live as you work anywhere in the console.',
      'Stuck? Reveal hints one by one, or use Show me to see the CLI commands and let the lab run them for you. Your progress is saved in this browser.',
    ],
  },
  '/timeline': {
    title: 'Timeline',
    paragraphs: [
      'Every call made in this lab, with its simulated time, principal, outcome and resources. Filter by service, principal or outcome.',
      'LakeLab keeps the last 50 steps: "Restore to here" or the scrubber brings the lab back to any of them, and Undo (Ctrl+Z) and Redo (Ctrl+Shift+Z) step one at a time. Clock playback counts as one step.',
    ],
  },
  '/scenarios': {
    title: 'Scenarios',
    paragraphs: [
      'Ready-made labs for a class or a demo: an empty account, the shop lake with its raw zone, Athena ready to query, a streaming clickstream, a Lake Formation governed lake.',
      'Opening a scenario replaces your lab after you confirm. Export your lab from Lab settings first to keep it; Share in the top bar gives a link to a small lab.',
    ],
  },
  '/settings': {
    title: 'Lab settings',
    paragraphs: [
      'Your lab is saved in this browser. Export it to a .lakelab file to keep it or share it with a class; import a file to replace the lab; reset to start over.',
    ],
  },
};
