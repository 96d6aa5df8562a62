import { describe, expect, it } from 'vitest';
import { autoLayout, nextFreeSpot, placeNodes } from './layout';

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

describe('nextFreeSpot for a new draft', () => {
  it('takes the first free slot of the column from the top, not the slot below the lowest node', () => {
    expect(
      nextFreeSpot([
        { x: 0, y: 150 },
        { x: 0, y: 300 },
      ]),
    ).toEqual({ x: 0, y: 0 });
  });
});

describe('placeNodes', () => {
  const pipeline = [
    { source: 'app', target: 'kinesis' },
    { source: 'kinesis', target: 'firehose' },
    { source: 'firehose', target: 'bucket' },
  ];

  it('uses the auto-layout when no node has a saved spot', () => {
    const ids = ['bucket', 'firehose', 'kinesis', 'app'];
    expect(placeNodes(ids, pipeline, {})).toEqual(autoLayout(ids, pipeline));
  });

  it('keeps saved spots and lines a new pipeline up left of the bucket it writes to', () => {
    const saved = { bucket: { x: 0, y: 0 }, other: { x: 0, y: 150 } };
    const p = placeNodes(['kinesis', 'firehose', 'app', 'bucket', 'other'], pipeline, saved);
    expect(p.bucket).toEqual({ x: 0, y: 0 });
    expect(p.other).toEqual({ x: 0, y: 150 });
    expect([p.app, p.kinesis, p.firehose]).toEqual([
      { x: -960, y: 0 },
      { x: -640, y: 0 },
      { x: -320, y: 0 },
    ]);
  });

  it('puts a second pipeline into the same bucket in the next free row, not on top of the first', () => {
    const saved = { bucket: { x: 0, y: 0 }, firehose: { x: -320, y: 0 } };
    const p = placeNodes(
      ['bucket', 'firehose', 'dms'],
      [...pipeline, { source: 'dms', target: 'bucket' }],
      saved,
    );
    expect(p.dms).toEqual({ x: -320, y: 150 });
  });

  it('puts an unconnected new node into the first free slot of its column from the top', () => {
    const saved = { a: { x: 0, y: 150 }, b: { x: 320, y: 0 } };
    expect(placeNodes(['a', 'b', 'lone'], [], saved).lone).toEqual({ x: 0, y: 0 });
  });
});
