import type { StartQueryExecutionInput, StartQueryExecutionOutput } from '@aws-sdk/client-athena';
import type { LakeState } from '../../store';
import { splitS3Uri } from './resultsReader';

type Call = LakeState['call'];

export interface QueryContext {
  catalog: string;
  database: string;
  workGroup: string;
}

/** The StartQueryExecution input the Run button sends (the workgroup decides the result location). */
export function startQueryInput(sql: string, context: QueryContext): StartQueryExecutionInput {
  return {
    QueryString: sql,
    QueryExecutionContext: {
      Catalog: context.catalog,
      ...(context.database ? { Database: context.database } : {}),
    },
    WorkGroup: context.workGroup,
  };
}

/** Runs a query; resolves to its QueryExecutionId. Quiet: the page shows the error by the editor. */
export async function startQuery(call: Call, sql: string, context: QueryContext): Promise<string> {
  const out = await call<StartQueryExecutionOutput>(
    'athena',
    'StartQueryExecution',
    startQueryInput(sql, context),
    { quiet: true },
  );
  return out.QueryExecutionId ?? '';
}

export async function stopQuery(call: Call, id: string): Promise<void> {
  await call('athena', 'StopQueryExecution', { QueryExecutionId: id });
}

/** Saves the result CSV the query wrote to S3, named after the execution. */
export async function downloadResultCsv(call: Call, outputLocation: string): Promise<void> {
  const { bucket, key } = splitS3Uri(outputLocation);
  const output = await call<{ Body: Uint8Array }>('s3', 'GetObject', { Bucket: bucket, Key: key });
  const url = URL.createObjectURL(new Blob([output.Body as BlobPart], { type: 'text/csv' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = key.split('/').pop() ?? 'results.csv';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The bucket name the console proposes for query results. */
export function defaultResultsBucket(accountId: string, region: string): string {
  return `aws-athena-query-results-${accountId}-${region}`;
}

/** The account of an IAM ARN (arn:aws:iam::111122223333:user/x), else the lab's default. */
export function accountOf(principal: string | undefined, fallback: string): string {
  return /^arn:aws:iam::(\d{12}):/.exec(principal ?? '')?.[1] ?? fallback;
}

export function updateResultLocationInput(workGroup: string, outputLocation: string) {
  return {
    WorkGroup: workGroup,
    ConfigurationUpdates: { ResultConfigurationUpdates: { OutputLocation: outputLocation } },
  };
}

/** Sets where a workgroup writes query results (UpdateWorkGroup). */
export async function setResultLocation(
  call: Call,
  workGroup: string,
  outputLocation: string,
): Promise<void> {
  await call('athena', 'UpdateWorkGroup', updateResultLocationInput(workGroup, outputLocation), {
    quiet: true,
  });
}

/** Creates the results bucket unless the caller already owns it. */
export async function createResultsBucket(call: Call, bucket: string, region: string) {
  try {
    await call(
      's3',
      'CreateBucket',
      {
        Bucket: bucket,
        ...(region === 'us-east-1'
          ? {}
          : { CreateBucketConfiguration: { LocationConstraint: region } }),
      },
      { quiet: true },
    );
  } catch (error) {
    if ((error as Error).name !== 'BucketAlreadyOwnedByYou') throw error;
  }
}

export async function saveNamedQuery(
  call: Call,
  input: { name: string; description: string; sql: string; database: string; workGroup: string },
): Promise<void> {
  await call(
    'athena',
    'CreateNamedQuery',
    {
      Name: input.name,
      ...(input.description ? { Description: input.description } : {}),
      Database: input.database || 'default',
      QueryString: input.sql,
      WorkGroup: input.workGroup,
    },
    { quiet: true },
  );
}
