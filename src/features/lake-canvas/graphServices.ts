import type { World } from '../../engine/world';
import { dmsActivity } from '../../engine/dms/activity';
import { openShards } from '../../engine/kinesis/model';
import { dataSyncActivity } from '../../engine/datasync/state';
import { transferActivity } from '../../engine/transfer/state';
import { appFlowActivity } from '../../engine/appflow/state';
import { clickstreamStatus } from '../../engine/sources/clickstream/producer';
import { shopDbActivity } from '../../engine/sources/shopdb';
import { mskNodes, mskTargetNode } from './graphMsk';
import { arnName, bucketId, fmt, node, parseS3Target, recent, type LakeGraph } from './graphModel';

export function streamingNodes(world: World, graph: LakeGraph): void {
  mskNodes(world, graph);
  for (const s of Object.values(world.kinesis?.streams ?? {})) {
    const c = s.counters;
    graph.nodes.push(
      node(
        `kinesis:${s.StreamName}`,
        'kinesis',
        s.StreamName,
        s.StreamStatus,
        // Open shards only: resharding closes parents, which stay listed until they expire.
        [`${openShards(s).length} shard(s)`, `${fmt(c.incomingRecords)} records in`],
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
      : config.target.kind === 'msk'
        ? mskTargetNode(world, config.target.clusterArn)
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

export function dmsNodes(world: World, graph: LakeGraph): void {
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

export function fileNodes(world: World, graph: LakeGraph): void {
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

export function saasNodes(world: World, graph: LakeGraph): void {
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
