import type { Table } from '@aws-sdk/client-glue';
import type { OperationContext, ServiceModule } from '../../core/operations';
import { Engine, SERVICES } from '../../index';
import { AthenaDdlException, parseStatement } from '../../sql/ddl';
import { executeStatement, type ResultSet, type StatementEnv } from './index';

export const RESULTS_BUCKET = 'athena-results';
export const LAKE_BUCKET = 'lake';

interface RunInput {
  sql: string;
  database: string;
  queryId: string;
  runQuery: (sql: string) => Promise<ResultSet>;
}

// A test-only service whose one operation runs a statement with the caller's context, as the Athena service will.
const statementService: ServiceModule = {
  name: 'statementtest',
  iamPrefix: 'statementtest',
  accessDeniedCode: 'AccessDeniedException',
  operations: {
    Run: {
      authorize: () => [],
      run: (input: RunInput, ctx: OperationContext) => {
        const env: StatementEnv = {
          ctx,
          catalog: 'awsdatacatalog',
          database: input.database,
          queryId: input.queryId,
          outputLocation: `s3://${RESULTS_BUCKET}/`,
          runQuery: input.runQuery,
        };
        return executeStatement(parseStatement(input.sql), env);
      },
    },
  },
};

const noQuery = (sql: string): Promise<ResultSet> =>
  Promise.reject(new Error(`The test gave no rows for: ${sql}`));

/** Runs statements through a real engine (Glue, S3, IAM) with a fake SELECT runner. */
export class StatementLab {
  readonly engine = new Engine({ services: [...SERVICES, statementService] });
  private queries = 0;
  /** The SQL each runQuery call received. */
  readonly ranQueries: string[] = [];

  async setUp(): Promise<this> {
    await this.engine.call('s3', 'CreateBucket', { Bucket: RESULTS_BUCKET });
    await this.engine.call('s3', 'CreateBucket', { Bucket: LAKE_BUCKET });
    // Athena's `default` database; a fresh LakeLab catalog has none.
    await this.engine.call('glue', 'CreateDatabase', { DatabaseInput: { Name: 'default' } });
    return this;
  }

  run(
    sql: string,
    options: { database?: string; principal?: string; rows?: ResultSet; queryId?: string } = {},
  ): Promise<ResultSet> {
    this.queries += 1;
    const rows = options.rows;
    const runQuery = (query: string) => {
      this.ranQueries.push(query);
      return rows
        ? Promise.resolve(/LIMIT 0$/.test(query) ? { ...rows, rows: [] } : rows)
        : noQuery(query);
    };
    const input: RunInput = {
      sql,
      database: options.database ?? 'default',
      queryId: options.queryId ?? `query-${this.queries}`,
      runQuery,
    };
    return this.engine.call<ResultSet>(
      'statementtest',
      'Run',
      input,
      options.principal ? { principal: options.principal } : {},
    );
  }

  /** The Athena error a statement fails with (fails the test if it succeeds). */
  async errorOf(
    sql: string,
    options: Parameters<StatementLab['run']>[1] = {},
  ): Promise<AthenaDdlException['detail']> {
    try {
      await this.run(sql, options);
    } catch (error) {
      if (error instanceof AthenaDdlException) return error.detail;
      throw error;
    }
    throw new Error(`"${sql}" succeeded, but the test expected it to fail`);
  }

  async table(database: string, name: string): Promise<Table> {
    return (
      await this.engine.call<{ Table: Table }>('glue', 'GetTable', {
        DatabaseName: database,
        Name: name,
      })
    ).Table;
  }

  async partitionValues(database: string, name: string): Promise<string[][]> {
    const { Partitions = [] } = await this.engine.call<{ Partitions?: { Values?: string[] }[] }>(
      'glue',
      'GetPartitions',
      {
        DatabaseName: database,
        TableName: name,
      },
    );
    return Partitions.map((p) => p.Values ?? []).sort((a, b) => a.join().localeCompare(b.join()));
  }

  async put(key: string, body: string | Uint8Array, bucket = LAKE_BUCKET): Promise<void> {
    await this.engine.call('s3', 'PutObject', { Bucket: bucket, Key: key, Body: body });
  }

  async keys(prefix: string, bucket = LAKE_BUCKET): Promise<string[]> {
    const { Contents = [] } = await this.engine.call<{ Contents?: { Key?: string }[] }>(
      's3',
      'ListObjectsV2',
      { Bucket: bucket, Prefix: prefix },
    );
    return Contents.map((c) => c.Key ?? '');
  }

  async object(key: string, bucket = LAKE_BUCKET): Promise<Uint8Array> {
    return (
      await this.engine.call<{ Body: Uint8Array }>('s3', 'GetObject', { Bucket: bucket, Key: key })
    ).Body;
  }
}

export async function statementLab(): Promise<StatementLab> {
  return new StatementLab().setUp();
}

/** The first column of a result, one value per row. */
export const firstColumn = (result: ResultSet) => result.rows.map((row) => row[0]);
