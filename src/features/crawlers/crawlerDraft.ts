import type { Crawler, CreateCrawlerRequest } from '@aws-sdk/client-glue';

export type ScheduleChoice = 'ON_DEMAND' | 'HOURLY' | 'DAILY' | 'CUSTOM';
export interface DataSourceDraft {
  path: string;
  /** One glob pattern per line. */
  exclusions: string;
}

/** What the Create crawler wizard holds while the student fills it in. */
export interface CrawlerDraft {
  name: string;
  description: string;
  sources: DataSourceDraft[];
  classifiers: string[];
  role: string;
  database: string;
  tablePrefix: string;
  schedule: ScheduleChoice;
  cron: string;
  updateBehavior: 'UPDATE_IN_DATABASE' | 'LOG';
  deleteBehavior: 'DEPRECATE_IN_DATABASE' | 'DELETE_FROM_DATABASE' | 'LOG';
  recrawl: 'CRAWL_EVERYTHING' | 'CRAWL_NEW_FOLDERS_ONLY';
  singleSchema: boolean;
}

export const EMPTY_DRAFT: CrawlerDraft = {
  name: '',
  description: '',
  sources: [{ path: '', exclusions: '' }],
  classifiers: [],
  role: '',
  database: '',
  tablePrefix: '',
  schedule: 'ON_DEMAND',
  cron: 'cron(0 12 * * ? *)',
  updateBehavior: 'UPDATE_IN_DATABASE',
  deleteBehavior: 'DEPRECATE_IN_DATABASE',
  recrawl: 'CRAWL_EVERYTHING',
  singleSchema: false,
};

// The console's Hourly and Daily presets (minute 0 of every hour; midnight UTC).
const PRESETS: Record<Exclude<ScheduleChoice, 'CUSTOM'>, string> = {
  ON_DEMAND: '',
  HOURLY: 'cron(0 * * * ? *)',
  DAILY: 'cron(0 0 * * ? *)',
};

export const scheduleOf = (d: CrawlerDraft) =>
  d.schedule === 'CUSTOM' ? d.cron.trim() : PRESETS[d.schedule];

const linesOf = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** The CreateCrawler (or UpdateCrawler) input the draft stands for. */
export function crawlerInput(d: CrawlerDraft): CreateCrawlerRequest {
  const schedule = scheduleOf(d);
  return {
    Name: d.name.trim(),
    Role: d.role,
    ...(d.database ? { DatabaseName: d.database } : {}),
    ...(d.description ? { Description: d.description } : {}),
    Targets: {
      S3Targets: d.sources.map((s) => ({
        Path: s.path.trim(),
        ...(linesOf(s.exclusions).length ? { Exclusions: linesOf(s.exclusions) } : {}),
      })),
    },
    ...(d.classifiers.length ? { Classifiers: d.classifiers } : {}),
    ...(d.tablePrefix ? { TablePrefix: d.tablePrefix } : {}),
    ...(schedule ? { Schedule: schedule } : {}),
    SchemaChangePolicy: { UpdateBehavior: d.updateBehavior, DeleteBehavior: d.deleteBehavior },
    RecrawlPolicy: { RecrawlBehavior: d.recrawl },
    ...(d.singleSchema
      ? {
          Configuration: JSON.stringify({
            Version: 1.0,
            Grouping: { TableGroupingPolicy: 'CombineCompatibleSchemas' },
          }),
        }
      : {}),
  };
}

function scheduleChoiceOf(expression: string | undefined): Pick<CrawlerDraft, 'schedule' | 'cron'> {
  if (!expression) return { schedule: 'ON_DEMAND', cron: EMPTY_DRAFT.cron };
  if (expression === PRESETS.HOURLY) return { schedule: 'HOURLY', cron: expression };
  if (expression === PRESETS.DAILY) return { schedule: 'DAILY', cron: expression };
  return { schedule: 'CUSTOM', cron: expression };
}

/** A draft from an existing crawler, for Edit. */
export function draftOf(c: Crawler): CrawlerDraft {
  return {
    ...EMPTY_DRAFT,
    name: c.Name ?? '',
    description: c.Description ?? '',
    sources: (c.Targets?.S3Targets ?? []).map((t) => ({
      path: t.Path ?? '',
      exclusions: (t.Exclusions ?? []).join('\n'),
    })),
    classifiers: c.Classifiers ?? [],
    role: c.Role ?? '',
    database: c.DatabaseName ?? '',
    tablePrefix: c.TablePrefix ?? '',
    ...scheduleChoiceOf(c.Schedule?.ScheduleExpression),
    updateBehavior: (c.SchemaChangePolicy?.UpdateBehavior ??
      'UPDATE_IN_DATABASE') as CrawlerDraft['updateBehavior'],
    deleteBehavior: (c.SchemaChangePolicy?.DeleteBehavior ??
      'DEPRECATE_IN_DATABASE') as CrawlerDraft['deleteBehavior'],
    recrawl: (c.RecrawlPolicy?.RecrawlBehavior ?? 'CRAWL_EVERYTHING') as CrawlerDraft['recrawl'],
    singleSchema: (c.Configuration ?? '').includes('CombineCompatibleSchemas'),
  };
}

export const STEP_NAMES = [
  'Properties',
  'Data sources',
  'Security',
  'Output and scheduling',
  'Review',
];

/** Which wizard step a CreateCrawler error concerns, from the field its message names. */
export function stepOfError(message: string): number {
  if (/schedule|cron|SchemaChangePolicy|TablePrefix|configuration|Grouping|database/i.test(message))
    return 3;
  if (/role/i.test(message)) return 2;
  if (/target|path|SampleSize|classifier|exclusion/i.test(message)) return 1;
  if (/name/i.test(message)) return 0;
  return 4;
}
