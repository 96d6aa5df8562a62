import type {
  CloudWatchLoggingOptions,
  EncryptionConfiguration,
  ExtendedS3DestinationConfiguration,
  ProcessingConfiguration,
} from '@aws-sdk/client-firehose';
import { AwsError } from '../core/errors';
import { parseExtractionQuery } from './jq';
import { checkPrefix, hasExpressions } from './prefix';
import type { FirehoseCompression, StoredS3Destination } from './state';

/** Firehose: buffer size 1–128 MiB (default 5), interval 0–900 s (default 300) (API_BufferingHints.html). */
export const BUFFER_SIZE_RANGE = { min: 1, max: 128, default: 5 } as const;
export const BUFFER_INTERVAL_RANGE = { min: 0, max: 900, default: 300 } as const;
/** Firehose: format conversion needs a buffer of at least 64 MiB and defaults to 128 (record-format-conversion.html). */
export const CONVERSION_MIN_BUFFER_MB = 64;
export const CONVERSION_DEFAULT_BUFFER_MB = 128;
/** Dynamic partitioning: 64 MiB minimum buffer (aws-facts.md; unconfirmed in aws-semantics.md §9). */
export const PARTITIONING_MIN_BUFFER_MB = 64;
export const COMPRESSIONS: readonly FirehoseCompression[] = [
  'UNCOMPRESSED',
  'GZIP',
  'Snappy',
  'HADOOP_SNAPPY',
  'ZIP',
];
export const DESTINATION_ID = 'destinationId-000000000001';

const invalid = (message: string) => new AwsError('InvalidArgumentException', message);

/** The shape both create and update accept (update fields are all optional). */
export type DestinationInput = Partial<ExtendedS3DestinationConfiguration>;

function inRange(value: number, range: { min: number; max: number }, field: string): number {
  if (!Number.isInteger(value) || value < range.min || value > range.max)
    throw invalid(`${field} must be an integer from ${range.min} to ${range.max}; got ${value}.`);
  return value;
}

function processorsOf(config: ProcessingConfiguration | undefined): {
  query?: string;
  appendDelimiter: boolean;
} {
  if (!config?.Enabled) return { appendDelimiter: false };
  let query: string | undefined;
  let appendDelimiter = false;
  for (const processor of config.Processors ?? []) {
    if (processor.Type === 'MetadataExtraction')
      query = processor.Parameters?.find(
        (p) => p.ParameterName === 'MetadataExtractionQuery',
      )?.ParameterValue;
    else if (processor.Type === 'AppendDelimiterToRecord') appendDelimiter = true;
    else throw invalid(`LakeLab does not simulate the ${String(processor.Type)} processor.`);
  }
  return { ...(query !== undefined ? { query } : {}), appendDelimiter };
}

function conversionOf(input: DestinationInput, roleArn: string): StoredS3Destination['conversion'] {
  const conversion = input.DataFormatConversionConfiguration;
  if (!conversion || conversion.Enabled === false) return undefined;
  const schema = conversion.SchemaConfiguration;
  if (!schema?.DatabaseName || !schema.TableName)
    throw invalid(
      'DataFormatConversionConfiguration needs SchemaConfiguration with DatabaseName and TableName.',
    );
  if (conversion.OutputFormatConfiguration?.Serializer?.OrcSerDe)
    throw invalid('LakeLab converts to Parquet only (ParquetSerDe); ORC output is not simulated.');
  return {
    RoleARN: schema.RoleARN ?? roleArn,
    DatabaseName: schema.DatabaseName,
    TableName: schema.TableName,
    ...(schema.CatalogId ? { CatalogId: schema.CatalogId } : {}),
    ...(schema.VersionId ? { VersionId: schema.VersionId } : {}),
    ...(schema.Region ? { Region: schema.Region } : {}),
    ...(conversion.InputFormatConfiguration
      ? { InputFormatConfiguration: plain(conversion.InputFormatConfiguration) }
      : {}),
    ...(conversion.OutputFormatConfiguration
      ? { OutputFormatConfiguration: plain(conversion.OutputFormatConfiguration) }
      : {}),
  };
}

/** A JSON copy of an SDK structure (the world holds plain data only). */
function plain(value: object): Record<string, unknown> {
  return JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
}

/** The KMS key of an EncryptionConfiguration, '' for NoEncryption, undefined when not given. */
function kmsKeyOf(config: EncryptionConfiguration | undefined): string | undefined {
  if (!config) return undefined;
  const key = config.KMSEncryptionConfig?.AWSKMSKeyARN;
  // EncryptionConfiguration: NoEncryptionConfig or KMSEncryptionConfig, not both (API_EncryptionConfiguration.html).
  if (config.KMSEncryptionConfig && config.NoEncryptionConfig)
    throw invalid(
      'EncryptionConfiguration takes NoEncryptionConfig or KMSEncryptionConfig, not both.',
    );
  if (!config.KMSEncryptionConfig) return '';
  if (!key || !/^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:(key|alias)\/.+$/.test(key))
    throw invalid(`KMSEncryptionConfig.AWSKMSKeyARN must be a KMS key ARN; got ${String(key)}.`);
  return key;
}

function loggingOf(options: CloudWatchLoggingOptions | undefined): StoredS3Destination['logging'] {
  if (!options) return undefined;
  return {
    Enabled: options.Enabled ?? false,
    ...(options.LogGroupName ? { LogGroupName: options.LogGroupName } : {}),
    ...(options.LogStreamName ? { LogStreamName: options.LogStreamName } : {}),
  };
}

/** Encryption and logging as given, else as they were (UpdateDestination merges; API_UpdateDestination.html). */
function extrasOf(
  input: DestinationInput,
  current: StoredS3Destination | undefined,
): Pick<StoredS3Destination, 'kmsKeyArn' | 'logging'> {
  if (input.S3BackupMode && input.S3BackupMode !== 'Disabled')
    throw invalid(
      `LakeLab does not simulate source record backup: S3BackupMode must be Disabled; got ${String(input.S3BackupMode)}.`,
    );
  const kmsKeyArn = kmsKeyOf(input.EncryptionConfiguration) ?? current?.kmsKeyArn;
  const logging = loggingOf(input.CloudWatchLoggingOptions) ?? current?.logging;
  return {
    ...(kmsKeyArn ? { kmsKeyArn } : {}),
    ...(logging ? { logging } : {}),
  };
}

function bucketArnOf(value: string | undefined): string {
  if (!value || !/^arn:aws:s3:::[a-z0-9.-]{3,63}$/.test(value))
    throw invalid(`BucketARN must look like arn:aws:s3:::bucket-name; got ${String(value)}.`);
  return value;
}

/** Buffering hints with their defaults and the minimums that conversion and partitioning impose. */
function bufferingOf(
  input: DestinationInput,
  current: StoredS3Destination | undefined,
  features: { conversion: boolean; dynamic: boolean },
): { SizeInMBs: number; IntervalInSeconds: number } {
  const { conversion, dynamic } = features;
  const minSize = conversion
    ? CONVERSION_MIN_BUFFER_MB
    : dynamic
      ? PARTITIONING_MIN_BUFFER_MB
      : BUFFER_SIZE_RANGE.min;
  const defaultSize = conversion
    ? CONVERSION_DEFAULT_BUFFER_MB
    : dynamic
      ? PARTITIONING_MIN_BUFFER_MB
      : BUFFER_SIZE_RANGE.default;
  const hints = input.BufferingHints;
  const SizeInMBs = inRange(
    hints?.SizeInMBs ?? (hints || !current ? defaultSize : Math.max(current.SizeInMBs, minSize)),
    BUFFER_SIZE_RANGE,
    'BufferingHints.SizeInMBs',
  );
  if (SizeInMBs < minSize)
    throw invalid(
      `BufferingHints.SizeInMBs must be at least ${minSize} when ${conversion ? 'record format conversion' : 'dynamic partitioning'} is enabled; got ${SizeInMBs}.`,
    );
  const IntervalInSeconds = inRange(
    hints?.IntervalInSeconds ?? current?.IntervalInSeconds ?? BUFFER_INTERVAL_RANGE.default,
    BUFFER_INTERVAL_RANGE,
    'BufferingHints.IntervalInSeconds',
  );
  // Firehose: zero buffering is not available with dynamic partitioning (buffering.html).
  if (dynamic && IntervalInSeconds === 0)
    throw invalid(
      'BufferingHints.IntervalInSeconds cannot be 0 when dynamic partitioning is enabled.',
    );
  return { SizeInMBs, IntervalInSeconds };
}

function compressionOf(
  input: DestinationInput,
  current: StoredS3Destination | undefined,
  conversion: boolean,
): FirehoseCompression {
  const format = (input.CompressionFormat ??
    current?.CompressionFormat ??
    'UNCOMPRESSED') as FirehoseCompression;
  if (!COMPRESSIONS.includes(format))
    throw invalid(
      `CompressionFormat must be one of ${COMPRESSIONS.join(', ')}; got ${String(format)}.`,
    );
  // Firehose: with format conversion, S3 compression must be UNCOMPRESSED (Snappy goes inside the Parquet file).
  if (conversion && format !== 'UNCOMPRESSED')
    throw invalid(
      'CompressionFormat must be UNCOMPRESSED when record format conversion is enabled (the serializer compresses inside the file).',
    );
  return format;
}

/** Validates an S3 destination (create, or an update merged over the current one) and fills in defaults. */
export function buildDestination(
  input: DestinationInput,
  current?: StoredS3Destination,
): StoredS3Destination {
  const RoleARN = input.RoleARN ?? current?.RoleARN;
  if (!RoleARN) throw invalid('ExtendedS3DestinationConfiguration.RoleARN is required.');
  // RoleARN: pattern arn:.*:iam::\d{12}:role/[a-zA-Z_0-9+=,.@\-_/]+ (API_ExtendedS3DestinationConfiguration.html).
  if (!/^arn:[^:]*:iam::\d{12}:role\/[a-zA-Z_0-9+=,.@\-_/]+$/.test(RoleARN))
    throw invalid(
      `RoleARN must be an IAM role ARN (arn:aws:iam::<account>:role/<name>); got ${RoleARN}.`,
    );
  const BucketARN = bucketArnOf(input.BucketARN ?? current?.BucketARN);
  const conversion = input.DataFormatConversionConfiguration
    ? conversionOf(input, RoleARN)
    : current?.conversion;
  const processing = input.ProcessingConfiguration
    ? processorsOf(input.ProcessingConfiguration)
    : { query: current?.extractionQuery, appendDelimiter: current?.appendDelimiter ?? false };
  const dynamic = input.DynamicPartitioningConfiguration
    ? input.DynamicPartitioningConfiguration.Enabled === true
    : current?.partitionKeys !== undefined;
  if (dynamic && !processing.query)
    throw invalid(
      'Dynamic partitioning needs a MetadataExtraction processor with a MetadataExtractionQuery (LakeLab does not simulate Lambda).',
    );
  const partitionKeys =
    dynamic && processing.query ? parseExtractionQuery(processing.query) : undefined;
  const Prefix = input.Prefix ?? current?.Prefix;
  const ErrorOutputPrefix = input.ErrorOutputPrefix ?? current?.ErrorOutputPrefix;
  if (Prefix) checkPrefix(Prefix, 'Prefix', partitionKeys);
  if (ErrorOutputPrefix) checkPrefix(ErrorOutputPrefix, 'ErrorOutputPrefix', partitionKeys);
  // Firehose: ErrorOutputPrefix is required when Prefix uses expressions or dynamic partitioning is on (s3-prefixes.html, dynamic-partitioning.html).
  if (!ErrorOutputPrefix && (hasExpressions(Prefix) || dynamic))
    throw invalid(
      'ErrorOutputPrefix cannot be null or empty when Prefix contains expressions or dynamic partitioning is enabled.',
    );
  const { SizeInMBs, IntervalInSeconds } = bufferingOf(input, current, {
    conversion: !!conversion,
    dynamic,
  });
  const CompressionFormat = compressionOf(input, current, !!conversion);
  return {
    DestinationId: DESTINATION_ID,
    RoleARN,
    BucketARN,
    ...(Prefix ? { Prefix } : {}),
    ...(ErrorOutputPrefix ? { ErrorOutputPrefix } : {}),
    SizeInMBs,
    IntervalInSeconds,
    CompressionFormat,
    ...(conversion ? { conversion } : {}),
    ...(partitionKeys ? { partitionKeys, extractionQuery: processing.query! } : {}),
    ...(processing.query && !partitionKeys ? { extractionQuery: processing.query } : {}),
    appendDelimiter: processing.appendDelimiter,
    ...extrasOf(input, current),
  };
}
