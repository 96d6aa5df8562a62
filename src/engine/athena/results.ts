import type { ColumnInfo, Row } from '@aws-sdk/client-athena';
import type { OperationContext } from '../core/operations';
import { isAwsError } from '../core/errors';
import { utf8Decode, utf8Encode } from '../formats';
import { formatValue, resultCsv } from '../sql/resultCsv';
import type { SqlValue } from '../sql/runner';
import { parseS3Uri } from './access';
import { AthenaQueryError } from './queryError';

export { formatValue, resultCsv };

export interface ResultColumn {
  name: string;
  type: string;
}

/** DDL and utility statements write a text file of tab-separated lines, without a header. */
export function resultText(columns: ResultColumn[], rows: SqlValue[][]): string {
  return (
    rows
      .map((row) => columns.map((c, i) => formatValue(row[i] ?? null, c.type) ?? '').join('\t'))
      .join('\n') + (rows.length ? '\n' : '')
  );
}

/** Writes the result object and its `.metadata` beside it, as the caller (athena/latest/ug/querying.html). */
export async function writeResult(
  ctx: OperationContext,
  outputUri: string,
  body: string | Uint8Array,
  columns: ResultColumn[],
): Promise<void> {
  const { bucket, key } = parseS3Uri(outputUri, 'The output location');
  const put = (Key: string, Body: Uint8Array, ContentType: string) =>
    ctx.call('s3', 'PutObject', { Bucket: bucket, Key, Body, ContentType });
  try {
    const bytes = typeof body === 'string' ? utf8Encode(body) : body;
    await put(key, bytes, key.endsWith('.csv') ? 'text/csv' : 'text/plain');
    // The real metadata file is a binary description of the columns; LakeLab writes it as JSON.
    await put(
      `${key}.metadata`,
      utf8Encode(JSON.stringify({ columns })),
      'application/octet-stream',
    );
  } catch (error) {
    if (isAwsError(error) && error.name === 'NoSuchBucket')
      throw new AthenaQueryError(
        'GENERIC_USER_ERROR',
        `Unable to verify/create output bucket ${bucket}`,
      );
    if (isAwsError(error))
      throw new AthenaQueryError(
        'PERMISSION_DENIED',
        `Access denied when writing output to url: ${outputUri} . Please ensure you are allowed to access the S3 bucket. If you are encrypting query results with KMS key, please ensure you are allowed to access your KMS key`,
      );
    throw error;
  }
}

/** Splits Athena's CSV back into rows (quoted fields, "" escapes, empty unquoted = NULL). */
export function parseResultCsv(text: string): (string | null)[][] {
  const rows: (string | null)[][] = [];
  let row: (string | null)[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      let value = '';
      i++;
      while (i < text.length) {
        if (text[i] === '"' && text[i + 1] === '"') {
          value += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else value += text[i++];
      }
      row.push(value);
    } else if (text[i] === ',' || text[i] === '\n') row.push(null);
    if (text[i] === ',') i++;
    else if (text[i] === '\n') {
      rows.push(row);
      row = [];
      i++;
    }
  }
  if (row.length) rows.push(row);
  return rows;
}

/** Precision as Athena's ColumnInfo reports it per type. */
const PRECISION: Record<string, number> = {
  varchar: 2147483647,
  bigint: 19,
  integer: 10,
  smallint: 5,
  tinyint: 3,
  double: 17,
  real: 7,
  boolean: 0,
  date: 0,
  timestamp: 3,
};

export function columnInfoOf(column: ResultColumn): ColumnInfo {
  const base = column.type.replace(/\(.*$/, '');
  return {
    CatalogName: 'hive',
    SchemaName: '',
    TableName: '',
    Name: column.name,
    Label: column.name,
    Type: column.type,
    Precision: PRECISION[base] ?? 0,
    Scale: 0,
    Nullable: 'UNKNOWN',
    CaseSensitive: base === 'varchar' || base === 'string',
  };
}

export const toRow = (values: (string | null)[]): Row => ({
  Data: values.map((v) => (v === null ? {} : { VarCharValue: v })),
});

export const decode = utf8Decode;
