import type { GetQueryResultsOutput } from '@aws-sdk/client-athena';
import type { LakeState } from '../../store';
import { parseResultCsv, type ResultCell } from './parseResultCsv';

type Call = LakeState['call'];

export interface ResultColumn {
  name: string;
  type: string;
}

export interface QueryResult {
  columns: ResultColumn[];
  rows: ResultCell[][];
  /** CTAS/INSERT: rows written. */
  updateCount?: number;
}

/** Up to this many rows the console pages through GetQueryResults; beyond, it reads the CSV. */
export const PAGED_RESULT_LIMIT = 10_000;

/** "s3://bucket/a/b.csv" → { bucket, key }. */
export function splitS3Uri(uri: string): { bucket: string; key: string } {
  const match = /^s3:\/\/([^/]+)\/(.*)$/.exec(uri);
  if (!match) throw new Error(`Not an S3 URI: ${uri}`);
  return { bucket: match[1]!, key: match[2]! };
}

/** Every page of GetQueryResults (1,000 rows each); a SELECT's first row holds the column names. */
export async function readResultPages(call: Call, id: string, hasHeader: boolean) {
  const rows: ResultCell[][] = [];
  let columns: ResultColumn[] | undefined;
  let updateCount: number | undefined;
  let token: string | undefined;
  do {
    const page = await call<GetQueryResultsOutput>(
      'athena',
      'GetQueryResults',
      { QueryExecutionId: id, MaxResults: 1000, ...(token ? { NextToken: token } : {}) },
      { quiet: true },
    );
    columns = (page.ResultSet?.ResultSetMetadata?.ColumnInfo ?? []).map((c) => ({
      name: c.Name ?? '',
      type: c.Type ?? '',
    }));
    if (page.UpdateCount) updateCount = page.UpdateCount;
    for (const row of page.ResultSet?.Rows ?? [])
      rows.push((row.Data ?? []).map((d) => d.VarCharValue ?? null));
    token = page.NextToken;
  } while (token);
  if (hasHeader) rows.shift();
  return {
    columns: columns ?? [],
    rows,
    ...(updateCount ? { updateCount } : {}),
  } satisfies QueryResult;
}

/** Reads the result object from S3 once and parses it a slice at a time (big results). */
export async function readResultObject(
  call: Call,
  outputLocation: string,
  columns: ResultColumn[],
  onProgress: (share: number) => void,
  signal: AbortSignal,
): Promise<QueryResult> {
  const { bucket, key } = splitS3Uri(outputLocation);
  const object = await call<{ Body: Uint8Array }>(
    's3',
    'GetObject',
    { Bucket: bucket, Key: key },
    { quiet: true },
  );
  const text = new TextDecoder().decode(object.Body);
  const rows = await parseResultCsv(text, { onProgress, signal });
  rows.shift();
  return { columns, rows };
}
