import type { StoredClassifier } from './classifierModel';
import type { StoredCrawl, StoredCrawler } from './crawlModel';
import type {
  Column,
  DataLakePrincipal,
  DatabaseIdentifier,
  FederatedDatabase,
  StorageDescriptor,
  TableIdentifier,
} from '@aws-sdk/client-glue';

/** A Glue Data Catalog database as stored: plain data, times in simulated epoch milliseconds. */
export interface GlueDatabase {
  /** Lower-cased, as Glue stores it. */
  Name: string;
  CatalogId: string;
  Description?: string;
  LocationUri?: string;
  Parameters?: Record<string, string>;
  CreateTime: number;
  CreateTableDefaultPermissions: Array<{ Principal?: DataLakePrincipal; Permissions?: string[] }>;
  TargetDatabase?: DatabaseIdentifier;
  FederatedDatabase?: FederatedDatabase;
}

/** One version of a Glue table as stored: plain data, times in simulated epoch milliseconds. */
export interface GlueTable {
  /** Lower-cased, as Glue stores it. */
  Name: string;
  DatabaseName: string;
  CatalogId: string;
  Description?: string;
  Owner?: string;
  CreateTime: number;
  UpdateTime: number;
  LastAccessTime?: number;
  LastAnalyzedTime?: number;
  Retention: number;
  StorageDescriptor?: StorageDescriptor;
  PartitionKeys: Column[];
  TableType?: string;
  ViewOriginalText?: string;
  ViewExpandedText?: string;
  Parameters?: Record<string, string>;
  TargetTable?: TableIdentifier;
  CreatedBy: string;
  IsRegisteredWithLakeFormation: boolean;
  /** An integer as a string: "0" when created, +1 per archived update. */
  VersionId: string;
}

/** A partition as stored: its values in partition-key order. */
export interface GluePartition {
  Values: string[];
  DatabaseName: string;
  TableName: string;
  CatalogId: string;
  CreationTime: number;
  LastAccessTime?: number;
  LastAnalyzedTime?: number;
  StorageDescriptor?: StorageDescriptor;
  Parameters?: Record<string, string>;
}

/** A table with its archived versions (oldest first, the current one last) and partitions. */
export interface GlueTableEntry {
  versions: GlueTable[];
  /** Partitions by `partitionKeyOf(values)`. */
  partitions: Record<string, GluePartition>;
}

export interface GlueState {
  /** Databases by lower-cased name. */
  databases: Record<string, GlueDatabase>;
  /** Tables by database name, then lower-cased table name. Missing in labs saved before tables existed. */
  tables?: Record<string, Record<string, GlueTableEntry>>;
  /** Custom classifiers by name. Missing in labs saved before classifiers existed. */
  classifiers?: Record<string, StoredClassifier>;
  /** Crawlers by name. Missing in labs saved before crawlers existed. */
  crawlers?: Record<string, StoredCrawler>;
  /** Finished and running crawls by crawler name, oldest first. */
  crawls?: Record<string, StoredCrawl[]>;
}

export function initialGlueState(): GlueState {
  return { databases: {}, tables: {}, classifiers: {}, crawlers: {}, crawls: {} };
}

/** The storage key of a partition: its values, JSON-encoded so no separator can collide. */
export function partitionKeyOf(values: readonly string[]): string {
  return JSON.stringify(values);
}
