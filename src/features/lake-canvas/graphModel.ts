import type { World } from '../../engine/world';

/** What a node on the canvas stands for; each kind has its icon and colour in the legend. */
export type LakeNodeKind =
  | 'database'
  | 'dms'
  | 'fileshare'
  | 'datasync'
  | 'storagegateway'
  | 'sftp'
  | 'transfer'
  | 'clickstream'
  | 'kinesis'
  | 'firehose'
  | 'msk'
  | 'crm'
  | 'appflow'
  | 'bucket';

export type NodeHealth = 'active' | 'working' | 'idle' | 'failed';

export interface LakeNode {
  id: string;
  kind: LakeNodeKind;
  /** The resource's name as AWS shows it. */
  label: string;
  /** The AWS status word (ACTIVE, running, available…). */
  status: string;
  health: NodeHealth;
  /** Short counter lines shown on the node. */
  counters: string[];
  lastError?: string;
  /** Buckets only: what the bucket and each prefix an edge targets hold. */
  objects?: { count: number; bytes: number };
  prefixes?: { prefix: string; count: number; bytes: number }[];
}

export interface LakeEdge {
  id: string;
  source: string;
  target: string;
  /** The S3 prefix written to, when the target is a bucket. */
  prefix?: string;
  /** Cumulative throughput: the canvas turns the difference between two ticks into a rate. */
  records: number;
  bytes: number;
  /** Records count objects (files) rather than records. */
  unit: 'records' | 'objects';
}

export interface LakeGraph {
  nodes: LakeNode[];
  edges: LakeEdge[];
}

export const bucketId = (name: string) => `bucket:${name}`;
export const arnName = (arn: string) => arn.slice(arn.lastIndexOf('/') + 1);

/** `s3://bucket/prefix/`, `arn:aws:s3:::bucket` or `/bucket/prefix` → bucket and prefix. */
export function parseS3Target(uri: string): { bucket: string; prefix: string } {
  const path = uri
    .replace(/^s3:\/\//, '')
    .replace(/^arn:aws:s3:::/, '')
    .replace(/^\//, '');
  const [bucket = '', ...rest] = path.split('/');
  return { bucket, prefix: rest.join('/') };
}

const FAILED = /fail|error|offline|throttl/;
/** In-between states: creating, running, changing (a reshard, a mode switch, encryption), restarting. */
const WORKING =
  /running|launching|creating|starting|transferring|verifying|preparing|queued|updating|modifying|rebooting|enabling|disabling/;
const ACTIVE = /active|available|ready|online|succeeded|success|enabled/;

function healthOf(status: string, error?: string): NodeHealth {
  if (error) return 'failed';
  const s = status.toLowerCase();
  if (FAILED.test(s)) return 'failed';
  if (WORKING.test(s)) return 'working';
  if (ACTIVE.test(s)) return 'active';
  return 'idle';
}

export function node(
  id: string,
  kind: LakeNodeKind,
  label: string,
  status: string,
  counters: string[],
  lastError?: string,
): LakeNode {
  const n: LakeNode = { id, kind, label, status, health: healthOf(status, lastError), counters };
  if (lastError) n.lastError = lastError;
  return n;
}

/** Errors older than this are history, not the node's state (a stream still creating, say). */
const RECENT_ERROR_MS = 2 * 60_000;
export const recent = (
  world: World,
  error: { at: number; code: string; message: string } | undefined,
) =>
  error && world.clock.now - error.at <= RECENT_ERROR_MS
    ? `${error.code}: ${error.message}`
    : undefined;

// One formatter for every counter: toLocaleString builds a new one per call, for 200 nodes a tick.
const WHOLE_NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
export const fmt = (n: number) => WHOLE_NUMBER.format(Math.round(n));
