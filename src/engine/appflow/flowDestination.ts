import type { S3OutputFormatConfig } from '@aws-sdk/client-appflow';
import { validation } from './common';

function oneOf(value: string | undefined, allowed: string[], member: string): void {
  if (value !== undefined && !allowed.includes(value))
    throw validation(
      `Value '${value}' at '${member}' failed to satisfy constraint: Member must satisfy enum value set: [${allowed.join(', ')}]`,
    );
}

/**
 * S3 output settings: fileType CSV | JSON | PARQUET; aggregationType None | SingleFile, targetFileSize in MB;
 * prefixType FILENAME | PATH | PATH_AND_FILENAME, prefixFormat YEAR…MINUTE, pathPrefixHierarchy
 * EXECUTION_ID | SCHEMA_VERSION (API_S3OutputFormatConfig, API_AggregationConfig, API_PrefixConfig).
 */
export function checkS3OutputFormat(format: S3OutputFormatConfig | undefined): void {
  const at =
    'destinationFlowConfigList.member.destinationConnectorProperties.S3.s3OutputFormatConfig';
  oneOf(format?.fileType, ['CSV', 'JSON', 'PARQUET'], `${at}.fileType`);
  const aggregation = format?.aggregationConfig;
  oneOf(
    aggregation?.aggregationType,
    ['None', 'SingleFile'],
    `${at}.aggregationConfig.aggregationType`,
  );
  const size = aggregation?.targetFileSize;
  if (size !== undefined && (!Number.isInteger(size) || size < 0))
    throw validation('aggregationConfig.targetFileSize must be a whole number of megabytes.');
  const prefix = format?.prefixConfig;
  oneOf(
    prefix?.prefixType,
    ['FILENAME', 'PATH', 'PATH_AND_FILENAME'],
    `${at}.prefixConfig.prefixType`,
  );
  oneOf(
    prefix?.prefixFormat,
    ['YEAR', 'MONTH', 'DAY', 'HOUR', 'MINUTE'],
    `${at}.prefixConfig.prefixFormat`,
  );
  for (const element of prefix?.pathPrefixHierarchy ?? [])
    oneOf(element, ['EXECUTION_ID', 'SCHEMA_VERSION'], `${at}.prefixConfig.pathPrefixHierarchy`);
}
