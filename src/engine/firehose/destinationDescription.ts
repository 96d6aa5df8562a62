import type {
  DataFormatConversionConfiguration,
  EncryptionConfiguration,
  ExtendedS3DestinationDescription,
  S3DestinationDescription,
} from '@aws-sdk/client-firehose';
import type { StoredS3Destination } from './state';

function encryptionOf(d: StoredS3Destination): EncryptionConfiguration {
  return d.kmsKeyArn
    ? { KMSEncryptionConfig: { AWSKMSKeyARN: d.kmsKeyArn } }
    : { NoEncryptionConfig: 'NoEncryption' };
}

/** The S3 part every S3 destination reports (S3DestinationDescription; API_S3DestinationDescription.html). */
export function describeS3Destination(d: StoredS3Destination): S3DestinationDescription {
  return {
    RoleARN: d.RoleARN,
    BucketARN: d.BucketARN,
    ...(d.Prefix ? { Prefix: d.Prefix } : {}),
    ...(d.ErrorOutputPrefix ? { ErrorOutputPrefix: d.ErrorOutputPrefix } : {}),
    BufferingHints: { SizeInMBs: d.SizeInMBs, IntervalInSeconds: d.IntervalInSeconds },
    CompressionFormat: d.CompressionFormat,
    EncryptionConfiguration: encryptionOf(d),
    CloudWatchLoggingOptions: d.logging ?? { Enabled: false },
  };
}

function processorsOf(d: StoredS3Destination) {
  return [
    ...(d.extractionQuery
      ? [
          {
            Type: 'MetadataExtraction' as const,
            Parameters: [
              {
                ParameterName: 'MetadataExtractionQuery' as const,
                ParameterValue: d.extractionQuery,
              },
              { ParameterName: 'JsonParsingEngine' as const, ParameterValue: 'JQ-1.6' },
            ],
          },
        ]
      : []),
    ...(d.appendDelimiter ? [{ Type: 'AppendDelimiterToRecord' as const }] : []),
  ];
}

function conversionOf(
  conversion: NonNullable<StoredS3Destination['conversion']>,
  region: string,
): DataFormatConversionConfiguration {
  return {
    Enabled: true,
    SchemaConfiguration: {
      RoleARN: conversion.RoleARN,
      ...(conversion.CatalogId ? { CatalogId: conversion.CatalogId } : {}),
      DatabaseName: conversion.DatabaseName,
      TableName: conversion.TableName,
      // SchemaConfiguration: "If you don't specify an AWS Region, the default is the current Region"; VersionId defaults to LATEST.
      Region: conversion.Region ?? region,
      VersionId: conversion.VersionId ?? 'LATEST',
    },
    InputFormatConfiguration: conversion.InputFormatConfiguration ?? {
      Deserializer: { OpenXJsonSerDe: {} },
    },
    OutputFormatConfiguration: conversion.OutputFormatConfiguration ?? {
      Serializer: { ParquetSerDe: {} },
    },
  };
}

/** The destination as DescribeDeliveryStream reports it, defaults filled in. */
export function describeDestination(
  d: StoredS3Destination,
  region: string,
): ExtendedS3DestinationDescription {
  const processors = processorsOf(d);
  return {
    ...describeS3Destination(d),
    S3BackupMode: 'Disabled',
    ProcessingConfiguration: { Enabled: processors.length > 0, Processors: processors },
    DynamicPartitioningConfiguration: { Enabled: d.partitionKeys !== undefined },
    ...(d.conversion
      ? { DataFormatConversionConfiguration: conversionOf(d.conversion, region) }
      : {}),
  };
}
