import type { InferredColumn } from './classifierModel';
import type { TableExplanation } from './crawlExplain';
import type {
  CrawlerTargets,
  LineageConfiguration,
  RecrawlPolicy,
  SchemaChangePolicy,
} from '@aws-sdk/client-glue';

export type CrawlerState = 'READY' | 'RUNNING' | 'STOPPING';
export type CrawlStatus = 'SUCCEEDED' | 'CANCELLED' | 'FAILED';

/** A crawler as stored: plain data, times in simulated epoch milliseconds. */
export interface StoredCrawler {
  Name: string;
  Role: string;
  DatabaseName?: string;
  Description?: string;
  Targets: CrawlerTargets;
  Classifiers: string[];
  TablePrefix?: string;
  /** AWS cron expression, `cron(0 12 * * ? *)`. */
  Schedule?: string;
  /** StopCrawlerSchedule pauses a schedule without removing it; absent means SCHEDULED. */
  scheduleState?: 'SCHEDULED' | 'NOT_SCHEDULED';
  SchemaChangePolicy: SchemaChangePolicy;
  RecrawlPolicy: RecrawlPolicy;
  LineageConfiguration?: LineageConfiguration;
  Configuration?: string;
  State: CrawlerState;
  CreationTime: number;
  LastUpdated: number;
  Version: number;
  /** The run in progress, if any. */
  runningCrawlId?: string;
  /** Folders earlier crawls read (`s3://bucket/folder/`), for CRAWL_NEW_FOLDERS_ONLY. */
  crawledFolders?: string[];
}

/** What one crawl did to one table, and why. */
export interface CrawlTableOutcome {
  name: string;
  action: 'created' | 'updated' | 'unchanged' | 'deleted' | 'deprecated' | 'logged';
  location: string;
  partitionsAdded: number;
  /** Why this table exists here: the folder walk, from the include path down to the table root. */
  why: string[];
  /** For tables the crawl found: how its files were classified, each column's type and why, and its partitions. */
  classification?: string;
  classifierName?: string;
  columns?: InferredColumn[];
  partitionKeys?: { name: string; type: string; why: string }[];
  /** The first partitions only (explanation.partitionCount has the total). */
  partitions?: { values: string[]; location: string; why: string }[];
  /** What the crawl decided for the table's first file (absent in worlds saved before it was kept). */
  explanation?: TableExplanation;
  /** What the schema change policy did, in words (absent in older saved worlds). */
  policy?: string;
}

/** One crawl: its state, timing, counts and log. */
export interface StoredCrawl {
  CrawlId: string;
  State: 'RUNNING' | 'STOPPING' | CrawlStatus;
  StartTime: number;
  EndTime?: number;
  ErrorMessage?: string;
  TablesCreated: number;
  TablesUpdated: number;
  TablesDeleted: number;
  PartitionsAdded: number;
  DPUHour: number;
  tables: CrawlTableOutcome[];
  unclassified: { key: string; why: string }[];
  log: string[];
}
