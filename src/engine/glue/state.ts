import type { StoredClassifier } from './classifierModel';
import type { StoredCrawl, StoredCrawler } from './crawlModel';
import type { DataLakePrincipal, DatabaseIdentifier, FederatedDatabase } from '@aws-sdk/client-glue';

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

export interface GlueState {
  /** Databases by lower-cased name. */
  databases: Record<string, GlueDatabase>;
  /** Custom classifiers by name. Missing in labs saved before classifiers existed. */
  classifiers?: Record<string, StoredClassifier>;
  /** Crawlers by name. Missing in labs saved before crawlers existed. */
  crawlers?: Record<string, StoredCrawler>;
  /** Finished and running crawls by crawler name, oldest first. */
  crawls?: Record<string, StoredCrawl[]>;
}

export function initialGlueState(): GlueState {
  return { databases: {}, classifiers: {}, crawlers: {}, crawls: {} };
}
