import type { World } from '../../engine/world';
import { dmsActivity } from '../../engine/dms/activity';
import { dataSyncActivity } from '../../engine/datasync/state';
import { transferActivity } from '../../engine/transfer/state';
import { appFlowActivity } from '../../engine/appflow/state';
import { clickstreamStatus } from '../../engine/sources/clickstream/producer';
import { shopDbActivity } from '../../engine/sources/shopdb';

/** What a node on the canvas stands for; each kind has its icon and colour in the legend. */
export type LakeNodeKind =
  | 'database'
  | 'dms'
  | 'fileshare'
  | 'datasync'
  | 'sftp'
  | 'transfer'
  | 'clickstream'
  | 'kinesis'
  | 'firehose'
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

const bucketId = (name: string) => `bucket:${name}`;
const arnName = (arn: string) => arn.slice(arn.lastIndexOf('/') + 1);

/** `s3://bucket/prefix/`, `arn:aws:s3:::bucket` or `/bucket/prefix` → bucket and prefix. */
export function parseS3Target(uri: string): { bucket: string; prefix: string } {
  const path = uri
    .replace(/^s3:\/\//, '')
    .replace(/^arn:aws:s3:::/, '')
    .replace(/^\//, '');
  const [bucket = '', ...rest] = path.split('/');
  return { bucket, prefix: rest.join('/') };
}

function healthOf(status: string, error?: string): NodeHealth {
  if (error) return 'failed';
  const s = status.toLowerCase();
  if (/fail|error|offline|throttl/.test(s)) return 'failed';
  if (/running|launching|creating|starting|transferring|verifying|preparing|queued/.test(s))
    return 'working';
  if (/active|available|ready|online|succeeded|success|enabled/.test(s)) return 'active';
  return 'idle';
}

function node(
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
const recent = (world: World, error: { at: number; code: string; message: string } | undefined) =>
  error && world.clock.now - error.at <= RECENT_ERROR_MS
    ? `${error.code}: ${error.message}`
    : undefined;

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

function streamingNodes(world: World, graph: LakeGraph): void {
  for (const s of Object.values(world.kinesis?.streams ?? {})) {
    const c = s.counters;
    graph.nodes.push(
      node(
        `kinesis:${s.StreamName}`,
        'kinesis',
        s.StreamName,
        s.StreamStatus,
        [`${s.shards.length} shard(s)`, `${fmt(c.incomingRecords)} records in`],
        c.throttledRecords ? `${fmt(c.throttledRecords)} records throttled` : undefined,
      ),
    );
  }
  for (const f of Object.values(world.firehose?.streams ?? {})) {
    const id = `firehose:${f.DeliveryStreamName}`;
    const c = f.counters;
    const last = f.errors.at(-1);
    graph.nodes.push(
      node(
        id,
        'firehose',
        f.DeliveryStreamName,
        f.DeliveryStreamStatus,
        [
          `Buffer ${f.destination.SizeInMBs} MiB / ${f.destination.IntervalInSeconds} s`,
          `${fmt(c.deliveredObjects)} objects delivered`,
        ],
        recent(world, last),
      ),
    );
    if (f.source) {
      const stream = `kinesis:${arnName(f.source.KinesisStreamARN)}`;
      graph.edges.push({
        id: `${stream}->${id}`,
        source: stream,
        target: id,
        records: c.incomingRecords,
        bytes: c.incomingBytes,
        unit: 'records',
      });
    }
    const { bucket } = parseS3Target(f.destination.BucketARN);
    const prefix = f.destination.Prefix ?? '';
    graph.edges.push({
      id: `${id}->${bucketId(bucket)}`,
      source: id,
      target: bucketId(bucket),
      prefix,
      records: c.deliveredObjects,
      bytes: c.deliveredBytes,
      unit: 'objects',
    });
  }
  const click = clickstreamStatus(world);
  if (!click.configured || !click.config) return;
  const { config, counters } = click;
  graph.nodes.push(
    node(
      'clickstream',
      'clickstream',
      'Clickstream app',
      config.enabled ? 'running' : 'stopped',
      [`${config.eventsPerSecond} events/s`, `${fmt(counters.acceptedEvents)} events accepted`],
      recent(world, counters.lastError),
    ),
  );
  const target =
    config.target.kind === 'kinesis'
      ? `kinesis:${config.target.streamName}`
      : `firehose:${config.target.deliveryStreamName}`;
  graph.edges.push({
    id: `clickstream->${target}`,
    source: 'clickstream',
    target,
    records: counters.acceptedEvents,
    bytes: 0,
    unit: 'records',
  });
}

function dmsNodes(world: World, graph: LakeGraph): void {
  const { tasks } = dmsActivity(world);
  const db = shopDbActivity(world);
  const servers = new Set(tasks.map((t) => t.sourceServerName ?? 'database'));
  if (db.online) servers.add(db.serverName);
  for (const server of servers) {
    const isShop = server === db.serverName;
    graph.nodes.push(
      node(
        `database:${server}`,
        'database',
        server,
        isShop && db.online ? 'online' : 'unknown',
        isShop
          ? [
              `${db.changesPerMinute} changes/min`,
              `${fmt(db.totals.inserts + db.totals.updates + db.totals.deletes)} changes`,
            ]
          : [],
      ),
    );
  }
  for (const t of tasks) {
    const id = `dms:${t.identifier}`;
    const source = `database:${t.sourceServerName ?? 'database'}`;
    const cdc = t.cdc.inserts + t.cdc.updates + t.cdc.deletes;
    graph.nodes.push(
      node(
        id,
        'dms',
        t.identifier,
        t.status,
        [
          `${t.migrationType}`,
          `${t.tablesLoaded}/${t.tablesTotal} tables loaded`,
          `${fmt(t.fullLoadRows)} rows, ${fmt(cdc)} CDC changes`,
        ],
        t.lastFailureMessage,
      ),
    );
    graph.edges.push({
      id: `${source}->${id}`,
      source,
      target: id,
      records: t.fullLoadRows + cdc,
      bytes: 0,
      unit: 'records',
    });
    if (t.targetBucket) {
      const target = bucketId(t.targetBucket);
      graph.edges.push({
        id: `${id}->${target}`,
        source: id,
        target,
        prefix: t.targetPrefix,
        records: t.objectsWritten,
        bytes: t.bytesWritten,
        unit: 'objects',
      });
    }
  }
}

function fileNodes(world: World, graph: LakeGraph): void {
  for (const t of dataSyncActivity(world)) {
    const id = `datasync:${arnName(t.TaskArn)}`;
    const host = t.source.replace(/^nfs:\/\//, '').split('/')[0] ?? t.source;
    const share = `fileshare:${host}`;
    if (!graph.nodes.some((n) => n.id === share))
      graph.nodes.push(node(share, 'fileshare', host, 'online', [t.source]));
    graph.nodes.push(
      node(id, 'datasync', t.Name ?? arnName(t.TaskArn), t.lastStatus ?? 'AVAILABLE', [
        `${t.executions} execution(s)`,
        `${fmt(t.FilesTransferred)} files`,
      ]),
    );
    graph.edges.push({
      id: `${share}->${id}`,
      source: share,
      target: id,
      records: t.FilesTransferred,
      bytes: t.BytesTransferred,
      unit: 'objects',
    });
    const { bucket, prefix } = parseS3Target(t.destination);
    const target = bucketId(bucket);
    graph.edges.push({
      id: `${id}->${target}`,
      source: id,
      target,
      prefix,
      records: t.FilesTransferred,
      bytes: t.BytesTransferred,
      unit: 'objects',
    });
  }
  for (const s of transferActivity(world)) {
    const id = `transfer:${s.ServerId}`;
    graph.nodes.push(
      node(id, 'transfer', s.ServerId, s.State, [
        `${s.users.length} user(s)`,
        `${fmt(s.filesUploaded)} files uploaded`,
      ]),
    );
    graph.nodes.push(
      node(
        `sftp:${s.ServerId}`,
        'sftp',
        'SFTP partner',
        s.users.length ? 'online' : 'idle',
        s.users.map((u) => u.UserName),
      ),
    );
    graph.edges.push({
      id: `sftp:${s.ServerId}->${id}`,
      source: `sftp:${s.ServerId}`,
      target: id,
      records: s.filesUploaded,
      bytes: s.bytesUploaded,
      unit: 'objects',
    });
    for (const u of s.users) {
      if (!u.HomeDirectory) continue;
      const { bucket, prefix } = parseS3Target(u.HomeDirectory);
      const target = bucketId(bucket);
      graph.edges.push({
        id: `${id}->${target}:${u.UserName}`,
        source: id,
        target,
        prefix: prefix ? `${prefix}/` : '',
        records: s.filesUploaded,
        bytes: s.bytesUploaded,
        unit: 'objects',
      });
    }
  }
}

function saasNodes(world: World, graph: LakeGraph): void {
  const flows = appFlowActivity(world);
  if (flows.length) graph.nodes.push(node('crm', 'crm', 'CRM (Salesforce)', 'online', []));
  for (const f of flows) {
    const id = `appflow:${f.flowName}`;
    graph.nodes.push(
      node(
        id,
        'appflow',
        f.flowName,
        f.lastStatus ?? f.flowStatus,
        [f.sourceObject ?? '', `${f.runs} run(s), ${fmt(f.recordsProcessed)} records`],
        f.lastStatus === 'Error' ? 'Last run failed' : undefined,
      ),
    );
    graph.edges.push({
      id: `crm->${id}`,
      source: 'crm',
      target: id,
      records: f.recordsProcessed,
      bytes: 0,
      unit: 'records',
    });
    if (f.destination) {
      const { bucket, prefix } = parseS3Target(f.destination);
      graph.edges.push({
        id: `${id}->${bucketId(bucket)}`,
        source: id,
        target: bucketId(bucket),
        prefix,
        records: f.recordsProcessed,
        bytes: 0,
        unit: 'records',
      });
    }
  }
}

function bucketNodes(world: World, graph: LakeGraph): void {
  for (const b of Object.values(world.s3.buckets)) {
    const id = bucketId(b.Name);
    const prefixes = [
      ...new Set(graph.edges.filter((e) => e.target === id && e.prefix).map((e) => e.prefix!)),
    ].map((prefix) => ({ prefix, count: 0, bytes: 0 }));
    let count = 0;
    let bytes = 0;
    for (const o of Object.values(b.objects)) {
      count++;
      bytes += o.Body.byteLength;
      for (const p of prefixes)
        if (o.Key.startsWith(p.prefix)) {
          p.count++;
          p.bytes += o.Body.byteLength;
        }
    }
    const n = node(id, 'bucket', b.Name, zoneOf(b.Name), []);
    n.health = 'active';
    n.objects = { count, bytes };
    if (prefixes.length) n.prefixes = prefixes;
    graph.nodes.push(n);
  }
}

/** The lake zone a bucket's name suggests (raw / processed / curated), or "bucket". */
export function zoneOf(bucket: string): string {
  const zone = ['raw', 'processed', 'curated'].find((z) => bucket.includes(z));
  return zone ? `${zone} zone` : 'bucket';
}

/** The canvas's graph, derived from the world only: whatever created a resource, it appears. */
export function deriveLakeGraph(world: World): LakeGraph {
  const graph: LakeGraph = { nodes: [], edges: [] };
  streamingNodes(world, graph);
  dmsNodes(world, graph);
  fileNodes(world, graph);
  saasNodes(world, graph);
  bucketNodes(world, graph);
  // An edge whose end is gone (a deleted bucket) is dropped rather than drawn to nowhere.
  const ids = new Set(graph.nodes.map((n) => n.id));
  graph.edges = graph.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  return graph;
}
