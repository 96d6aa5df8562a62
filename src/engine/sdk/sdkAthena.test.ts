import {
  AthenaClient,
  CreateWorkGroupCommand,
  GetQueryExecutionCommand,
  GetQueryResultsCommand,
  StartQueryExecutionCommand,
  type QueryExecutionState,
} from '@aws-sdk/client-athena';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { CreateDatabaseCommand, CreateTableCommand, GlueClient } from '@aws-sdk/client-glue';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../index';

/** Polls as client code does: until a final state, without any LakeLab-specific wait. */
async function waitFor(
  athena: AthenaClient,
  id: string,
  pause: number,
): Promise<QueryExecutionState> {
  for (let i = 0; i < 5000; i++) {
    const { QueryExecution } = await athena.send(
      new GetQueryExecutionCommand({ QueryExecutionId: id }),
    );
    const state = QueryExecution?.Status?.State;
    if (state === 'SUCCEEDED' || state === 'FAILED' || state === 'CANCELLED') return state;
    if (pause > 0) await new Promise((resolve) => setTimeout(resolve, pause));
  }
  throw new Error('the query never finished');
}

async function lakeWithTable() {
  const engine = createEngine();
  const config = engine.sdkConfig();
  const s3 = new S3Client({ ...config, forcePathStyle: true });
  await s3.send(new CreateBucketCommand({ Bucket: 'data' }));
  await s3.send(new CreateBucketCommand({ Bucket: 'results' }));
  await s3.send(
    new PutObjectCommand({
      Bucket: 'data',
      Key: 'people/people.csv',
      Body: 'id,name\n1,Ada\n2,Grace\n',
    }),
  );
  const glue = new GlueClient(config);
  await glue.send(new CreateDatabaseCommand({ DatabaseInput: { Name: 'lab' } }));
  await glue.send(
    new CreateTableCommand({
      DatabaseName: 'lab',
      TableInput: {
        Name: 'people',
        Parameters: { 'skip.header.line.count': '1' },
        StorageDescriptor: {
          Location: 's3://data/people/',
          Columns: [
            { Name: 'id', Type: 'int' },
            { Name: 'name', Type: 'string' },
          ],
          SerdeInfo: {
            SerializationLibrary: 'org.apache.hadoop.hive.serde2.lazy.LazySimpleSerDe',
            Parameters: { 'field.delim': ',' },
          },
        },
      },
    }),
  );
  return { engine, athena: new AthenaClient(config) };
}

describe('the SDK bridge: Athena', () => {
  it('runs a query a real AthenaClient polls to SUCCEEDED, then pages its results', async () => {
    const { athena } = await lakeWithTable();
    const { QueryExecutionId } = await athena.send(
      new StartQueryExecutionCommand({
        QueryString: 'SELECT name FROM people ORDER BY id',
        QueryExecutionContext: { Database: 'lab' },
        ResultConfiguration: { OutputLocation: 's3://results/q/' },
      }),
    );
    expect(await waitFor(athena, QueryExecutionId ?? '', 20)).toBe('SUCCEEDED');
    const results = await athena.send(new GetQueryResultsCommand({ QueryExecutionId }));
    expect(results.ResultSet?.Rows?.map((r) => r.Data?.[0]?.VarCharValue)).toEqual([
      'name',
      'Ada',
      'Grace',
    ]);
    expect(results.ResultSet?.ResultSetMetadata?.ColumnInfo?.[0]).toMatchObject({
      Name: 'name',
      Type: 'varchar',
    });
  });

  it('finishes even when the client polls without pausing', async () => {
    const { athena } = await lakeWithTable();
    await athena.send(
      new CreateWorkGroupCommand({
        Name: 'wg',
        Configuration: { ResultConfiguration: { OutputLocation: 's3://results/wg/' } },
      }),
    );
    const { QueryExecutionId } = await athena.send(
      new StartQueryExecutionCommand({
        QueryString: 'SELECT count(*) FROM lab.people',
        WorkGroup: 'wg',
      }),
    );
    expect(await waitFor(athena, QueryExecutionId ?? '', 0)).toBe('SUCCEEDED');
  });
});
