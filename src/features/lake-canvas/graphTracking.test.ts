import { describe, expect, it } from 'vitest';
import { TestLake } from '../../engine/testing/TestLake';
import { edgeLabel } from './edgeLabel';
import { deriveLakeGraph, parseS3Target, type LakeEdge, type LakeNode } from './graph';
import { refusalOf } from './pipelineEffects';
import { FLOW_HOLD_MS, flowsBetween, GraphTracker, holdFlows, stabilise } from './useLakeGraph';

const bucketNode = (count: number): LakeNode => ({
  id: 'bucket:raw',
  kind: 'bucket',
  label: 'raw',
  status: 'raw zone',
  health: 'active',
  counters: [],
  objects: { count, bytes: 10 * count },
});

const edge = (records: number, bytes: number): LakeEdge => ({
  id: 'firehose:f->bucket:raw',
  source: 'firehose:f',
  target: 'bucket:raw',
  prefix: 'clicks/',
  records,
  bytes,
  unit: 'objects',
});

describe('stabilise', () => {
  it('keeps the previous object of an unchanged node and replaces a changed one', () => {
    const first = stabilise(new Map(), [bucketNode(1)]);
    const same = stabilise(first, [bucketNode(1)]);
    expect(same.get('bucket:raw')?.node).toBe(first.get('bucket:raw')?.node);
    const changed = stabilise(same, [bucketNode(2)]);
    expect(changed.get('bucket:raw')?.node).not.toBe(first.get('bucket:raw')?.node);
  });

  it('a tick that changes nothing gives the canvas the same node objects (no node re-renders)', async () => {
    const lake = new TestLake();
    await lake.call('s3', 'CreateBucket', { Bucket: 'raw' });
    await lake.call('kinesis', 'CreateStream', { StreamName: 'clicks', ShardCount: 1 });
    await lake.advance('1m');
    const tracker = new GraphTracker();
    const before = tracker.track(lake.engine.world).graph.nodes;
    await lake.advance('1m');
    const after = tracker.track(lake.engine.world).graph.nodes;
    expect(after).toHaveLength(2);
    after.forEach((node, i) => expect(node).toBe(before[i]));
  });
});

describe('edge flow', () => {
  it('is the difference since the last tick, as objects and bytes for S3 writes', () => {
    const flows = flowsBetween({ at: 0, edges: [edge(2, 200)] }, 60_000, [edge(5, 500)]);
    expect(flows['firehose:f->bucket:raw']).toEqual({ records: 3, bytes: 300, seconds: 60 });
    expect(edgeLabel(edge(5, 500), flows['firehose:f->bucket:raw'])).toBe('+3 objects · 300 B');
  });

  it('shows a rate for record edges and the prefix when idle', () => {
    const records: LakeEdge = { ...edge(0, 0), unit: 'records' };
    expect(edgeLabel(records, { records: 300, bytes: 0, seconds: 10 })).toBe('30 records/s');
    expect(edgeLabel(edge(0, 0), undefined)).toBe('clicks/');
    expect(flowsBetween({ at: 5, edges: [edge(1, 1)] }, 5, [edge(9, 9)])).toEqual({});
  });
});

describe('connecting nodes', () => {
  it('accepts a draft to a bucket and refuses anything else with the reason', async () => {
    const lake = new TestLake();
    await lake.call('s3', 'CreateBucket', { Bucket: 'raw' });
    await lake.call('kinesis', 'CreateStream', { StreamName: 'clicks', ShardCount: 1 });
    const graph = deriveLakeGraph(lake.engine.world);
    const drafts = [{ id: 'draft:1', kind: 'streaming' as const }];
    expect(refusalOf(graph, drafts, 'draft:1', 'bucket:raw')).toBeUndefined();
    expect(refusalOf(graph, drafts, 'draft:1', 'kinesis:clicks')).toMatch(/connect it to a bucket/);
    expect(refusalOf(graph, drafts, 'kinesis:clicks', 'bucket:raw')).toMatch(/already exists/);
  });
});

describe('parseS3Target', () => {
  it('reads s3:// URIs, bucket ARNs and Transfer home directories', () => {
    expect(parseS3Target('s3://raw/files/')).toEqual({ bucket: 'raw', prefix: 'files/' });
    expect(parseS3Target('arn:aws:s3:::raw')).toEqual({ bucket: 'raw', prefix: '' });
    expect(parseS3Target('/raw/partner')).toEqual({ bucket: 'raw', prefix: 'partner' });
  });
});

describe('holdFlows', () => {
  it('keeps an edge’s last flow for five simulated minutes, then drops it', () => {
    const flow = { records: 1, bytes: 10, seconds: 15 };
    const held = holdFlows({}, { e: flow }, 0);
    expect(holdFlows(held, {}, FLOW_HOLD_MS).e).toEqual({ ...flow, at: 0 });
    expect(holdFlows(held, {}, FLOW_HOLD_MS + 1).e).toBeUndefined();
  });
});

describe('node health', () => {
  it('shows a Kinesis stream resharding (UPDATING) as working, then active again', async () => {
    const lake = new TestLake();
    await lake.call('kinesis', 'CreateStream', { StreamName: 'clicks', ShardCount: 1 });
    await lake.advance('10s');
    await lake.call('kinesis', 'UpdateShardCount', {
      StreamName: 'clicks',
      TargetShardCount: 2,
      ScalingType: 'UNIFORM_SCALING',
    });
    const health = () =>
      deriveLakeGraph(lake.engine.world).nodes.find((n) => n.id === 'kinesis:clicks')?.health;
    expect(health()).toBe('working');
    await lake.advance('10m');
    expect(health()).toBe('active');
    const counters = deriveLakeGraph(lake.engine.world).nodes.find(
      (n) => n.id === 'kinesis:clicks',
    )?.counters;
    expect(counters).toContain('2 shard(s)');
  });
});
