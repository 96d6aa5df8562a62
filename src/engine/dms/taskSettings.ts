import { invalidValue } from './common';

type Settings = Record<string, unknown>;

/**
 * The settings a task gets when ReplicationTaskSettings leaves them out, from the user guide
 * (CHAP_Tasks.CustomizingTasks.TaskSettings.* and its saved-settings example): LOBs in limited
 * mode up to 32 KB, the target tables dropped and created, 8 tables loaded at once, a commit
 * every 10,000 rows, no logging, no validation. DescribeReplicationTasks answers the whole set.
 */
const DEFAULT_TASK_SETTINGS: Settings = {
  TargetMetadata: {
    TargetSchema: '',
    SupportLobs: true,
    FullLobMode: false,
    LobChunkSize: 64,
    LimitedSizeLobMode: true,
    LobMaxSize: 32,
    InlineLobMaxSize: 0,
    LoadMaxFileSize: 0,
    ParallelLoadThreads: 0,
    ParallelLoadBufferSize: 0,
    BatchApplyEnabled: false,
    TaskRecoveryTableEnabled: false,
    ParallelLoadQueuesPerThread: 0,
    ParallelApplyThreads: 0,
    ParallelApplyBufferSize: 0,
    ParallelApplyQueuesPerThread: 0,
  },
  FullLoadSettings: {
    TargetTablePrepMode: 'DROP_AND_CREATE',
    CreatePkAfterFullLoad: false,
    StopTaskCachedChangesApplied: false,
    StopTaskCachedChangesNotApplied: false,
    MaxFullLoadSubTasks: 8,
    TransactionConsistencyTimeout: 600,
    CommitRate: 10000,
  },
  Logging: { EnableLogging: false },
  ControlTablesSettings: {
    ControlSchema: '',
    HistoryTimeslotInMinutes: 5,
    HistoryTableEnabled: false,
    SuspendedTablesTableEnabled: false,
    StatusTableEnabled: false,
  },
  StreamBufferSettings: {
    StreamBufferCount: 3,
    StreamBufferSizeInMB: 8,
    CtrlStreamBufferSizeInMB: 5,
  },
  ChangeProcessingDdlHandlingPolicy: {
    HandleSourceTableDropped: true,
    HandleSourceTableTruncated: true,
    HandleSourceTableAltered: true,
  },
  ChangeProcessingTuning: {
    BatchApplyPreserveTransaction: true,
    BatchApplyTimeoutMin: 1,
    BatchApplyTimeoutMax: 30,
    BatchApplyMemoryLimit: 500,
    BatchSplitSize: 0,
    MinTransactionSize: 1000,
    CommitTimeout: 1,
    MemoryLimitTotal: 1024,
    MemoryKeepTime: 60,
    StatementCacheSize: 50,
  },
  ValidationSettings: { EnableValidation: false, ValidationMode: 'ROW_LEVEL', ThreadCount: 5 },
};

const isObject = (v: unknown): v is Settings =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

// ReplicationTaskSettings: "Overall settings for the task, in JSON format" (CreateReplicationTask).
export function parseTaskSettings(settings: string | undefined): Settings {
  if (settings === undefined || settings === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(settings);
  } catch {
    throw invalidValue('ReplicationTaskSettings is not valid JSON.');
  }
  if (!isObject(parsed)) throw invalidValue('ReplicationTaskSettings must be a JSON object.');
  // Full-load task settings: "MaxFullLoadSubTasks ... The default is 8; the maximum value is 49."
  const subTasks = isObject(parsed.FullLoadSettings)
    ? parsed.FullLoadSettings.MaxFullLoadSubTasks
    : undefined;
  if (
    subTasks !== undefined &&
    !(Number.isInteger(subTasks) && Number(subTasks) >= 1 && Number(subTasks) <= 49)
  )
    throw invalidValue(
      `FullLoadSettings.MaxFullLoadSubTasks must be 1 to 49, not ${String(subTasks)}.`,
    );
  return parsed;
}

/** The task's settings as DMS reports them: the defaults, with the given sections merged over. */
export function effectiveTaskSettings(settings: string | undefined): string {
  let given: Settings;
  try {
    given = parseTaskSettings(settings);
  } catch {
    given = {};
  }
  const out: Settings = {};
  for (const [section, defaults] of Object.entries(DEFAULT_TASK_SETTINGS)) {
    const override = given[section];
    out[section] =
      isObject(override) && isObject(defaults) ? { ...defaults, ...override } : defaults;
  }
  for (const [section, value] of Object.entries(given)) if (!(section in out)) out[section] = value;
  return JSON.stringify(out);
}
