import type { ServiceModule } from '../core/operations';
import {
  CreateClassifier,
  DeleteClassifier,
  GetClassifier,
  GetClassifiers,
  UpdateClassifier,
} from './classifiers';
import {
  CreateCrawler,
  DeleteCrawler,
  GetCrawler,
  GetCrawlerMetrics,
  GetCrawlers,
  ListCrawlers,
  ListCrawls,
  UpdateCrawler,
} from './crawlers';
import { installCrawlers, StartCrawler, StopCrawler } from './crawlRun';
import {
  StartCrawlerSchedule,
  StopCrawlerSchedule,
  UpdateCrawlerSchedule,
} from './crawlScheduleOps';
import {
  CreateDatabase,
  DeleteDatabase,
  GetDatabase,
  GetDatabases,
  UpdateDatabase,
} from './databases';
import {
  CreatePartition,
  DeletePartition,
  GetPartition,
  GetPartitions,
  UpdatePartition,
} from './partitions';
import { BatchCreatePartition, BatchDeletePartition, BatchGetPartition } from './partitionsBatch';
import { SearchTables } from './searchTables';
import {
  BatchDeleteTable,
  CreateTable,
  DeleteTable,
  GetTable,
  GetTables,
  UpdateTable,
} from './tables';
import {
  BatchDeleteTableVersion,
  DeleteTableVersion,
  GetTableVersion,
  GetTableVersions,
} from './tableVersions';

export { classifyObject, type ObjectClassification } from './classifierRun';
export {
  planTables,
  type CrawledObject,
  type GroupingOptions,
  type GroupingPlan,
  type PlannedTable,
} from './crawlGrouping';
export { crawlHistoryOf } from './crawlers';
export type { StoredCrawl, StoredCrawler, CrawlTableOutcome } from './crawlModel';
export type { TableExplanation } from './crawlExplain';
export type { StoredClassifier, InferredColumn, ClassifierVerdict } from './classifierModel';
export { parseCron, nextCronTime } from './cronExpression';

export const glueService: ServiceModule = {
  name: 'glue',
  iamPrefix: 'glue',
  accessDeniedCode: 'AccessDeniedException',
  operations: {
    CreateDatabase,
    GetDatabase,
    GetDatabases,
    UpdateDatabase,
    DeleteDatabase,
    CreateTable,
    GetTable,
    GetTables,
    UpdateTable,
    DeleteTable,
    BatchDeleteTable,
    GetTableVersions,
    GetTableVersion,
    DeleteTableVersion,
    BatchDeleteTableVersion,
    SearchTables,
    CreatePartition,
    BatchCreatePartition,
    GetPartition,
    GetPartitions,
    UpdatePartition,
    DeletePartition,
    BatchDeletePartition,
    BatchGetPartition,
    CreateClassifier,
    GetClassifier,
    GetClassifiers,
    UpdateClassifier,
    DeleteClassifier,
    CreateCrawler,
    GetCrawler,
    GetCrawlers,
    ListCrawlers,
    UpdateCrawler,
    DeleteCrawler,
    StartCrawler,
    StopCrawler,
    GetCrawlerMetrics,
    ListCrawls,
    StartCrawlerSchedule,
    StopCrawlerSchedule,
    UpdateCrawlerSchedule,
  },
  install: installCrawlers,
};
