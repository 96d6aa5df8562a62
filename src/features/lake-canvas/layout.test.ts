import { describe, expect, it } from 'vitest';
import { autoLayout, nextFreeSpot } from './layout';

describe('autoLayout', () => {
  it('puts each node one column right of the longest chain feeding it', () => {
    const p = autoLayout(
      ['bucket', 'firehose', 'kinesis', 'app', 'dms'],
      [
        { source: 'app', target: 'kinesis' },
        { source: 'kinesis', target: 'firehose' },
        { source: 'firehose', target: 'bucket' },
        { source: 'dms', target: 'bucket' },
      ],
    );
    expect([p.app?.x, p.kinesis?.x, p.firehose?.x, p.bucket?.x]).toEqual([0, 320, 640, 960]);
    expect(p.dms?.x).toBe(0);
    expect(p.dms?.y).not.toBe(p.app?.y);
  });

  it('terminates on a cycle', () => {
    const p = autoLayout(
      ['a', 'b'],
      [
        { source: 'a', target: 'b' },
        { source: 'b', target: 'a' },
      ],
    );
    expect(Object.keys(p)).toEqual(['a', 'b']);
  });
});

describe('nextFreeSpot', () => {
  it('goes below the lowest node of the column', () => {
    expect(
      nextFreeSpot([
        { x: 0, y: 0 },
        { x: 0, y: 150 },
        { x: 320, y: 600 },
      ]),
    ).toEqual({ x: 0, y: 300 });
  });
});
