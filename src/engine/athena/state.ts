import type { World } from '../world';

/** Athena engine version 3 is what new workgroups get ("AUTO" selects it). */
export const ENGINE_VERSION = {
  SelectedEngineVersion: 'AUTO',
  EffectiveEngineVersion: 'Athena engine version 3',
};

export type QueryState = 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'CANCELLED';

export interface StoredWorkGroup {
  Name: string;
  State: 'ENABLED' | 'DISABLED';
  Description?: string;
  CreationTime: number;
  OutputLocation?: string;
  /** Override client-side settings: the workgroup's result location wins over the query's. */
  EnforceWorkGroupConfiguration: boolean;
  PublishCloudWatchMetricsEnabled: boolean;
  RequesterPaysEnabled: boolean;
  /** The per-query data usage control: a query scanning more is cancelled (and billed). */
  BytesScannedCutoffPerQuery?: number;
  Tags: Record<string, string>;
}

/** What the lab shows about a run beyond the API's statistics. */
export interface ExecutionDetails {
  tables: string[];
  partitionsRead: number;
  partitionsPruned: number;
  filesRead: number;
  /** Files whose bytes were decoded by this run (0 when every table came from the cache). */
  filesDecoded: number;
  /** Per table, the columns whose bytes were counted (Parquet) or "all columns" (text). */
  columnsRead: Record<string, string[] | 'all'>;
}

export interface StoredExecution {
  QueryExecutionId: string;
  Query: string;
  StatementType: 'DDL' | 'DML' | 'UTILITY';
  SubstatementType?: string;
  WorkGroup: string;
  Catalog: string;
  Database?: string;
  /** The result object's S3 URI (`…/<id>.csv` or `.txt`). */
  OutputLocation?: string;
  State: QueryState;
  StateChangeReason?: string;
  ErrorType?: string;
  ErrorCategory?: number;
  SubmissionDateTime: number;
  CompletionDateTime?: number;
  EngineExecutionTimeInMillis: number;
  DataScannedInBytes: number;
  /** The caller, as an ARN: the query ran with its permissions. */
  principal: string;
  columns?: { name: string; type: string }[];
  rowCount?: number;
  updateCount?: number;
  details?: ExecutionDetails;
  ClientRequestToken?: string;
}

export interface StoredNamedQuery {
  NamedQueryId: string;
  Name: string;
  Description?: string;
  Database: string;
  QueryString: string;
  WorkGroup: string;
  ClientRequestToken?: string;
}

export interface StoredDataCatalog {
  Name: string;
  Type: 'LAMBDA' | 'GLUE' | 'HIVE' | 'FEDERATED';
  Description?: string;
  Parameters: Record<string, string>;
}

/** The Athena service's part of the world: plain data, times in simulated epoch milliseconds. */
export interface AthenaState {
  version: 1;
  workGroups: Record<string, StoredWorkGroup>;
  /** By QueryExecutionId, in submission order. */
  executions: Record<string, StoredExecution>;
  namedQueries: Record<string, StoredNamedQuery>;
  dataCatalogs: Record<string, StoredDataCatalog>;
}

/** A fresh account has the `primary` workgroup with no result location and the Glue catalog `AwsDataCatalog`. */
export function initialAthenaState(now = 0): AthenaState {
  return {
    version: 1,
    workGroups: {
      primary: {
        Name: 'primary',
        State: 'ENABLED',
        CreationTime: now,
        EnforceWorkGroupConfiguration: false,
        PublishCloudWatchMetricsEnabled: true,
        RequesterPaysEnabled: false,
        Tags: {},
      },
    },
    executions: {},
    namedQueries: {},
    dataCatalogs: {
      AwsDataCatalog: { Name: 'AwsDataCatalog', Type: 'GLUE', Parameters: { 'catalog-id': '' } },
    },
  };
}

/** The service's state, created on first use (labs saved before the service existed lack it). */
export function athenaState(world: World): AthenaState {
  const state = (world.athena ??= initialAthenaState(world.clock.now));
  const catalog = state.dataCatalogs.AwsDataCatalog;
  if (catalog && !catalog.Parameters['catalog-id'])
    catalog.Parameters['catalog-id'] = world.defaultAccountId;
  return state;
}
