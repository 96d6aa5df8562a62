import type { ClockState } from './core/clock';
import type { CostLedger } from './core/costLedger';
import type { EventLogEntry } from './core/eventLog';
import { DEFAULT_ACCOUNT_ID, DEFAULT_REGION } from './core/ids';
import type { AthenaState } from './athena/state';
import type { LakeFormationState } from './lakeformation/state';
import type { KinesisState } from './kinesis/state';
import type { FirehoseState } from './firehose/state';
import type { DmsState } from './dms/state';
import type { DataSyncState } from './datasync/state';
import type { TransferState } from './transfer/state';
import type { AppFlowState } from './appflow/state';
import type { KafkaState } from './kafka/state';
import type { StorageGatewayState } from './storagegateway/state';
import type { SourcesState } from './sources/state';
import { initialGlueState, type GlueState } from './glue/state';
import { initialIamState, type IamState } from './iam/state';
import { initialS3State, type S3State } from './s3/state';

export const WORLD_FORMAT_VERSION = 1;

/**
 * The whole simulated world: plain data (and the Uint8Array bytes of S3 objects), so it
 * can be snapshotted, saved, exported and restored identically.
 */
export interface World {
  formatVersion: typeof WORLD_FORMAT_VERSION;
  seed: number;
  /** The seeded generator's state. */
  rng: number;
  clock: ClockState;
  defaultAccountId: string;
  region: string;
  iam: IamState;
  s3: S3State;
  glue: GlueState;
  // Services added later are optional: labs saved before they existed lack them.
  athena?: AthenaState;
  lakeformation?: LakeFormationState;
  kinesis?: KinesisState;
  firehose?: FirehoseState;
  dms?: DmsState;
  datasync?: DataSyncState;
  transfer?: TransferState;
  appflow?: AppFlowState;
  kafka?: KafkaState;
  storagegateway?: StorageGatewayState;
  /** The simulated systems data is ingested from (databases, file shares, producers). */
  sources?: SourcesState;
  log: EventLogEntry[];
  ledger: CostLedger;
}

/** The default simulated start: the first day of the course's sample data. */
export const DEFAULT_START = '2025-01-06T09:00:00.000Z';

export function createWorld(seed: number, startMs: number): World {
  return {
    formatVersion: WORLD_FORMAT_VERSION,
    seed,
    rng: seed,
    clock: { now: startMs, queue: [], counters: {} },
    defaultAccountId: DEFAULT_ACCOUNT_ID,
    region: DEFAULT_REGION,
    iam: initialIamState(startMs),
    s3: initialS3State(),
    log: [],
    ledger: {},
    // Services added after the core come last, so a lab file's key order survives validation.
    glue: initialGlueState(),
  };
}

/** A deep copy of the world that shares object bytes (they are never mutated in place). */
export function cloneWorld<T>(value: T): T {
  if (value === null || typeof value !== 'object' || value instanceof Uint8Array) return value;
  if (Array.isArray(value)) return value.map(cloneWorld) as T;
  const copy: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) copy[k] = cloneWorld(v);
  return copy as T;
}
