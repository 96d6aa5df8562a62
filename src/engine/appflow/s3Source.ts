import type { S3SourceProperties, SourceConnectorProperties } from '@aws-sdk/client-appflow';
import Papa from 'papaparse';
import { AwsError } from '../core/errors';
import { utf8Decode } from '../formats/text';
import type { CrmRecord } from '../sources/crm';
import type { World } from '../world';
import { validation } from './common';

/** The folder a flow reads: AppFlow reads every file under the source bucket's prefix (API_S3SourceProperties). */
function folderOf(props: S3SourceProperties): string {
  const prefix = (props.bucketPrefix ?? '').replace(/^\/+|\/+$/g, '');
  return prefix ? `${prefix}/` : '';
}

/** CreateFlow with an S3 source: the bucket must exist; s3InputFileType is CSV or JSON (API_S3InputFormatConfig). */
export function checkS3Source(world: World, props: SourceConnectorProperties['S3']): void {
  if (!props?.bucketName || !world.s3.buckets[props.bucketName])
    throw validation(`The source bucket ${props?.bucketName ?? ''} does not exist.`);
  const type = props.s3InputFormatConfig?.s3InputFileType;
  if (type !== undefined && type !== 'CSV' && type !== 'JSON')
    throw validation(`s3InputFileType must be CSV or JSON, not ${String(type)}.`);
}

const cell = (value: unknown): string | number | null =>
  value === null || value === undefined
    ? null
    : typeof value === 'number' || typeof value === 'string'
      ? value
      : JSON.stringify(value);

function parseFile(text: string, type: 'CSV' | 'JSON'): CrmRecord[] {
  if (type === 'JSON')
    return text
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const parsed = JSON.parse(line) as Record<string, unknown>;
        return Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, cell(v)]));
      });
  // CSV files start with a header row that names the fields.
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  return parsed.data.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v])));
}

/** Records of the files under the source folder, changed within (since, until] when incremental. */
export function readS3Source(
  world: World,
  props: S3SourceProperties,
  since: number | undefined,
  until: number,
): CrmRecord[] {
  const bucket = world.s3.buckets[props.bucketName ?? ''];
  if (!bucket)
    throw new AwsError(
      'NoSuchBucket',
      `The source bucket ${props.bucketName ?? ''} does not exist.`,
    );
  const folder = folderOf(props);
  const records: CrmRecord[] = [];
  for (const object of Object.values(bucket.objects)) {
    if (!object.Key.startsWith(folder) || object.Key.endsWith('/')) continue;
    if (since !== undefined && !(object.LastModified > since && object.LastModified <= until))
      continue;
    const type =
      props.s3InputFormatConfig?.s3InputFileType ??
      (/\.jsonl?$/i.test(object.Key) ? 'JSON' : 'CSV');
    try {
      records.push(...parseFile(utf8Decode(object.Body), type));
    } catch {
      throw validation(`The source file s3://${bucket.Name}/${object.Key} is not valid ${type}.`);
    }
  }
  return records;
}
