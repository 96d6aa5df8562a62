import { afterEach, describe, expect, it, vi } from 'vitest';
import { canFit, fitDuration, nodesToReveal } from './viewFit';

const edges = [
  { source: 'app', target: 'kinesis' },
  { source: 'kinesis', target: 'firehose' },
  { source: 'firehose', target: 'bucket' },
];

describe('nodesToReveal', () => {
  it('reveals nothing on the first render: the initial fit covers it', () => {
    expect(nodesToReveal(undefined, ['bucket'], [])).toEqual([]);
  });

  it('reveals the new nodes with the nodes they connect to', () => {
    const before = new Set(['bucket', 'other']);
    const ids = ['app', 'kinesis', 'firehose', 'bucket', 'other'];
    expect(nodesToReveal(before, ids, edges).sort()).toEqual([
      'app',
      'bucket',
      'firehose',
      'kinesis',
    ]);
  });

  it('reveals nothing when nodes only went away', () => {
    expect(nodesToReveal(new Set(['a', 'b']), ['a'], [])).toEqual([]);
  });
});

describe('canFit', () => {
  it('waits until every node to reveal is measured', () => {
    const size = { width: 210, height: 90 };
    expect(canFit(['a', 'b'], { a: size })).toBe(false);
    expect(canFit(['a', 'b'], { a: size, b: size })).toBe(true);
    expect(canFit([], {})).toBe(false);
  });
});

describe('fitDuration', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('animates, but not for a user who prefers reduced motion', () => {
    const prefers = (reduce: boolean) =>
      vi.stubGlobal('matchMedia', (q: string) => ({ matches: reduce && q.includes('reduce') }));
    prefers(false);
    expect(fitDuration()).toBeGreaterThan(0);
    prefers(true);
    expect(fitDuration()).toBe(0);
  });
});
