import type { GetQueryResultsInput, GetQueryResultsOutput } from '@aws-sdk/client-athena';
import type { OperationDef } from '../core/operations';
import { isAwsError } from '../core/errors';
import { invalidRequest, parseS3Uri } from './access';
import { executionOf, onExecution } from './executions';
import { columnInfoOf, decode, parseResultCsv, toRow } from './results';

/**
 * Parsed result files by their bytes: paging through a big result parses it once. A DDL or
 * utility result is text: each line is ONE cell, its fields tab-joined, even when ColumnInfo
 * lists several columns (as Athena returns DESCRIBE and SHOW results).
 */
const parsed = new WeakMap<Uint8Array, (string | null)[][]>();

function rowsOf(body: Uint8Array, csv: boolean): (string | null)[][] {
  let rows = parsed.get(body);
  if (!rows) {
    const text = decode(body);
    rows = csv
      ? parseResultCsv(text)
      : text
          .split('\n')
          .filter((line, i, all) => i < all.length - 1 || line !== '')
          .map((line) => [line]);
    parsed.set(body, rows);
  }
  return rows;
}

export const GetQueryResults: OperationDef<GetQueryResultsInput, GetQueryResultsOutput> = {
  authorize: onExecution('athena:GetQueryResults'),
  async run(input, ctx) {
    const execution = executionOf(ctx, input.QueryExecutionId);
    if (execution.State === 'QUEUED' || execution.State === 'RUNNING')
      throw invalidRequest(`Query has not yet finished. Current state: ${execution.State}`);
    if (execution.State !== 'SUCCEEDED')
      throw invalidRequest(execution.StateChangeReason ?? `Query ${execution.State}`);
    const max = input.MaxResults ?? 1000;
    if (!Number.isInteger(max) || max < 1 || max > 1000)
      throw invalidRequest('MaxResults must be between 1 and 1000.');
    const uri = execution.OutputLocation ?? '';
    const { bucket, key } = parseS3Uri(uri, 'The output location');
    let body: Uint8Array;
    try {
      // The results are read from S3 as the caller (GetQueryResults needs s3:GetObject on them).
      body = (await ctx.call<{ Body: Uint8Array }>('s3', 'GetObject', { Bucket: bucket, Key: key }))
        .Body;
    } catch (error) {
      if (isAwsError(error))
        throw invalidRequest(`Unable to read the query results at ${uri}: ${error.message}`);
      throw error;
    }
    const isCsv = key.endsWith('.csv');
    const rows = rowsOf(body, isCsv);
    const start = input.NextToken === undefined ? 0 : Number.parseInt(input.NextToken, 36);
    if (!Number.isInteger(start) || start < 0 || start > rows.length)
      throw invalidRequest('The NextToken is not valid: pass the token a previous call returned.');
    const end = start + max;
    // A SELECT's first row holds the column names; DDL and utility results have no header.
    return {
      UpdateCount: execution.updateCount ?? 0,
      ResultSet: {
        Rows: rows.slice(start, end).map(toRow),
        ResultSetMetadata: { ColumnInfo: (execution.columns ?? []).map(columnInfoOf) },
      },
      ...(end < rows.length ? { NextToken: end.toString(36) } : {}),
    };
  },
};
