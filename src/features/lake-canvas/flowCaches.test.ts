import type { Edge } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { TestLake } from '../../engine/testing/TestLake';
import { FlowEdgeCache, FlowNodeCache } from './flowCaches';
import { GraphTracker } from './useLakeGraph';

const edge = (id: string, label?: string): Edge => ({
  id,
  source: 'a',
  target: 'b',
  ...(label ? { label } : {}),
});

describe('the canvas hands React Flow stable nodes and edges', () => {
  it('keeps an edge object and the whole array while nothing it draws changed', () => {
    const cache = new FlowEdgeCache();
    const first = cache.reuse([edge('x', 'raw/'), edge('y')]);
    const again = cache.reuse([edge('x', 'raw/'), edge('y')]);
    expect(again).toBe(first);
    const flowing = cache.reuse([edge('x', '12 records/s'), edge('y')]);
    expect(flowing).not.toBe(first);
    expect(flowing[0]).not.toBe(first[0]);
    expect(flowing[1]).toBe(first[1]);
  });

  it('keeps each node object across a world change that only moved the clock', async () => {
    const lake = new TestLake();
    await lake.call('s3', 'CreateBucket', { Bucket: 'raw' });
    await lake.call('kinesis', 'CreateStream', { StreamName: 'clicks', ShardCount: 1 });
    await lake.advance('1m');
    const tracker = new GraphTracker();
    const cache = new FlowNodeCache();
    const props = { drafts: [], positions: {}, selected: undefined, sizes: {} };
    const first = cache.build({ ...props, graph: tracker.track(lake.engine.world).graph });
    await lake.advance('1m');
    const graph = tracker.track(lake.engine.world).graph;
    expect(cache.build({ ...props, graph })).toEqual(first);
    expect(cache.build({ ...props, graph }).every((n, i) => n === first[i])).toBe(true);
    const selected = cache.build({ ...props, graph, selected: 'bucket:raw' });
    expect(selected.find((n) => n.id === 'bucket:raw')).not.toBe(
      first.find((n) => n.id === 'bucket:raw'),
    );
    expect(selected.find((n) => n.id === 'kinesis:clicks')).toBe(
      first.find((n) => n.id === 'kinesis:clicks'),
    );
  });

  it('gives each node the size React Flow measured, and the same array while nothing changed', async () => {
    const lake = new TestLake();
    await lake.call('s3', 'CreateBucket', { Bucket: 'raw' });
    await lake.call('s3', 'CreateBucket', { Bucket: 'curated' });
    const graph = new GraphTracker().track(lake.engine.world).graph;
    const cache = new FlowNodeCache();
    const props = { graph, drafts: [], positions: {}, selected: undefined };
    const unmeasured = cache.build({ ...props, sizes: {} });
    expect(cache.build({ ...props, sizes: {} })).toBe(unmeasured);
    const sizes = { 'bucket:raw': { width: 210, height: 90 } };
    const measured = cache.build({ ...props, sizes });
    expect(measured.find((n) => n.id === 'bucket:raw')?.measured).toEqual(sizes['bucket:raw']);
    expect(measured.find((n) => n.id === 'bucket:curated')).toBe(
      unmeasured.find((n) => n.id === 'bucket:curated'),
    );
  });
});
