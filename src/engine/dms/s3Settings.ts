import type { S3Settings } from '@aws-sdk/client-database-migration-service';
import type { DmsS3Settings } from './state';
import { invalidCombination, invalidValue } from './common';

const DATE_SEQUENCES = ['YYYYMMDD', 'YYYYMMDDHH', 'YYYYMM', 'MMYYYYDD', 'DDMMYYYY'] as const;
const DATE_DELIMITERS = ['SLASH', 'DASH', 'UNDERSCORE', 'NONE'] as const;

function oneOf<T extends string>(
  field: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
  normalise: (v: string) => string = (v) => v,
): T {
  if (value === undefined || value === '') return fallback;
  const found = allowed.find((a) => a === normalise(value));
  if (!found)
    throw invalidValue(`S3Settings.${field} "${value}" is not valid: use ${allowed.join(' | ')}.`);
  return found;
}

function positive(field: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value <= 0)
    throw invalidValue(`S3Settings.${field} must be a positive whole number, not ${value}.`);
  return value;
}

/**
 * An S3 target's settings with DMS's documented defaults (CHAP_Target.S3.html, "Endpoint settings
 * when using Amazon S3 as a target"): CSV, no compression, `,` and `\n`, no header, 1 GB files,
 * CDC files every 60 s or at 32,000 KB, whichever comes first, no date partitions.
 */
export function normaliseS3Settings(
  input: S3Settings | undefined,
  endpointRoleArn?: string,
): DmsS3Settings {
  // CreateEndpoint takes the service access role at the top level (ServiceAccessRoleArn) or in
  // S3Settings; either one serves the S3 target.
  const s = { ...input, ServiceAccessRoleArn: input?.ServiceAccessRoleArn || endpointRoleArn };
  if (!s.BucketName) throw invalidValue('S3Settings.BucketName is required for an s3 endpoint.');
  // DMS: an S3 target needs ServiceAccessRoleArn, the role DMS assumes to write to the bucket.
  if (!s.ServiceAccessRoleArn)
    throw invalidValue('S3Settings.ServiceAccessRoleArn is required for an s3 endpoint.');
  if (s.CdcInsertsOnly && s.CdcInsertsAndUpdates)
    throw invalidCombination('CdcInsertsOnly and CdcInsertsAndUpdates cannot both be true.');
  const settings: DmsS3Settings = {
    BucketName: s.BucketName,
    ServiceAccessRoleArn: s.ServiceAccessRoleArn,
    DataFormat: oneOf('DataFormat', s.DataFormat, ['csv', 'parquet'], 'csv', (v) =>
      v.toLowerCase(),
    ),
    CompressionType: oneOf('CompressionType', s.CompressionType, ['NONE', 'GZIP'], 'NONE', (v) =>
      v.toUpperCase(),
    ),
    CsvDelimiter: s.CsvDelimiter ?? ',',
    CsvRowDelimiter: s.CsvRowDelimiter ?? '\n',
    AddColumnName: s.AddColumnName ?? false,
    IncludeOpForFullLoad: s.IncludeOpForFullLoad ?? false,
    CdcInsertsOnly: s.CdcInsertsOnly ?? false,
    CdcInsertsAndUpdates: s.CdcInsertsAndUpdates ?? false,
    CdcMaxBatchInterval: positive('CdcMaxBatchInterval', s.CdcMaxBatchInterval, 60),
    CdcMinFileSize: positive('CdcMinFileSize', s.CdcMinFileSize, 32_000),
    MaxFileSize: positive('MaxFileSize', s.MaxFileSize, 1_048_576),
    DatePartitionEnabled: s.DatePartitionEnabled ?? false,
    DatePartitionSequence: oneOf(
      'DatePartitionSequence',
      s.DatePartitionSequence,
      DATE_SEQUENCES,
      'YYYYMMDD',
      (v) => v.toUpperCase(),
    ),
    DatePartitionDelimiter: oneOf(
      'DatePartitionDelimiter',
      s.DatePartitionDelimiter,
      DATE_DELIMITERS,
      'SLASH',
      (v) => v.toUpperCase(),
    ),
  };
  if (s.CsvDelimiter === '') throw invalidValue('S3Settings.CsvDelimiter cannot be empty.');
  const folder = s.BucketFolder?.replace(/^\/+|\/+$/g, '');
  if (folder) settings.BucketFolder = folder;
  if (s.TimestampColumnName) settings.TimestampColumnName = s.TimestampColumnName;
  return settings;
}

/** The settings as DescribeEndpoints returns them. */
export function describeS3Settings(s: DmsS3Settings): S3Settings {
  return { ...s } as unknown as S3Settings;
}
