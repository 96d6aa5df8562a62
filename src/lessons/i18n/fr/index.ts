import type { LessonTranslation } from '../types';
import { labTourFr } from './labTour';
import { zonesAndPrefixesFr } from './zonesAndPrefixes';
import { storageClassesFr } from './storageClasses';
import { securingStorageFr } from './securingStorage';
import { formatsAndCompressionFr } from './formatsAndCompression';
import { crawlRawZoneFr } from './crawlRawZone';
import { partitionedDataFr } from './partitionedData';
import { schemaChangesFr } from './schemaChanges';
import { customClassifierFr } from './customClassifier';
import { athenaCsvVsParquetFr } from './athenaCsvVsParquet';
import { athenaCtasPartitionedFr } from './athenaCtasPartitioned';
import { athenaFederatedFr } from './athenaFederated';
import { athenaFirstQueryFr } from './athenaFirstQuery';
import { athenaPartitionPruningFr } from './athenaPartitionPruning';
import { ingestDatabaseFr } from './ingestDatabase';
import { ingestFilesFr } from './ingestFiles';
import { ingestSaasFr } from './ingestSaas';
import { ingestStreamingFr } from './ingestStreaming';

export { FR_MODULES } from './modules';

/**
 * French lesson text by lesson id. Shared file: each translator adds its own import and entry
 * (modules 1–2 must all be here; translations.test.ts checks them against the lessons).
 */
export const FR_LESSONS: Record<string, LessonTranslation> = {
  'lab-tour': labTourFr,
  's3-zones-and-prefixes': zonesAndPrefixesFr,
  's3-storage-classes': storageClassesFr,
  's3-securing-storage': securingStorageFr,
  's3-formats-and-compression': formatsAndCompressionFr,
  'glue-crawl-raw-zone': crawlRawZoneFr,
  'glue-partitioned-data': partitionedDataFr,
  'glue-schema-changes': schemaChangesFr,
  'glue-custom-classifier': customClassifierFr,
  'athena-first-query': athenaFirstQueryFr,
  'athena-csv-vs-parquet': athenaCsvVsParquetFr,
  'athena-partition-pruning': athenaPartitionPruningFr,
  'athena-ctas-partitioned': athenaCtasPartitionedFr,
  'athena-federated-query': athenaFederatedFr,
  'ingest-database-dms': ingestDatabaseFr,
  'ingest-streaming-firehose': ingestStreamingFr,
  'ingest-files-datasync': ingestFilesFr,
  'ingest-saas-appflow': ingestSaasFr,
};
