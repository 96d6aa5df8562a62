import { describe, expect, it } from 'vitest';
import { createWorld } from '../../world';
import {
  configureFileShare,
  DEFAULT_FILE_SHARE,
  fileShares,
  listShareFiles,
  readShareFile,
} from './index';

const DAY = 86_400_000;
const worldAt = (iso: string, seed = 1) => createWorld(seed, Date.parse(iso));

describe('the simulated NFS file share', () => {
  it('holds one sales_YYYYMMDD.csv per day, written by the nightly export at 01:00 UTC', () => {
    const world = worldAt('2025-01-06T09:00:00Z');
    const names = listShareFiles(world, 'nas.corp.internal', '/exports/sales').map((f) => f.name);
    expect(names[0]).toBe('sales_20241230.csv');
    expect(names.at(-1)).toBe('sales_20250106.csv');
    expect(names).toHaveLength(8);
    world.clock.now = Date.parse('2025-01-07T00:59:00Z');
    expect(listShareFiles(world, 'nas.corp.internal', '/exports/sales')).toHaveLength(8);
    world.clock.now = Date.parse('2025-01-07T01:00:00Z');
    expect(listShareFiles(world, 'nas.corp.internal', '/exports/sales')).toHaveLength(9);
  });

  it('restates some files the next morning: a new mtime, size and content', () => {
    const world = worldAt('2025-01-20T09:00:00Z');
    const restated = listShareFiles(world, 'nas.corp.internal', '/exports/sales').filter(
      (f) => f.version === 2,
    );
    expect(restated.length).toBeGreaterThan(0);
    const file = restated[0]!;
    const before = { ...world, clock: { ...world.clock, now: file.mtime - 1 } };
    const old = listShareFiles(before, 'nas.corp.internal', '/exports/sales').find(
      (f) => f.name === file.name,
    )!;
    expect(old.version).toBe(1);
    expect(old.mtime).toBeLessThan(file.mtime);
    expect(readShareFile(before, 'nas.corp.internal', '/exports/sales', file.name)).not.toEqual(
      readShareFile(world, 'nas.corp.internal', '/exports/sales', file.name),
    );
  });

  it('writes CSV with a header row, the same bytes for the same seed', () => {
    const a = readShareFile(
      worldAt('2025-01-06T09:00:00Z'),
      'nas.corp.internal',
      '/exports/sales',
      'sales_20250101.csv',
    )!;
    const b = readShareFile(
      worldAt('2025-01-06T09:00:00Z'),
      'nas.corp.internal',
      '/exports/sales',
      'sales_20250101.csv',
    )!;
    expect(a).toEqual(b);
    expect(new TextDecoder().decode(a).split('\n')[0]).toBe(
      'order_id,order_date,store,product,quantity,unit_price,amount',
    );
  });

  it('keeps retentionDays of files and knows only configured hosts', () => {
    const world = worldAt('2025-01-06T09:00:00Z');
    configureFileShare(world, {
      ...DEFAULT_FILE_SHARE,
      ServerHostname: 'nas2.corp.internal',
      retentionDays: 3,
    });
    expect(listShareFiles(world, 'nas2.corp.internal', '/exports/sales').length).toBe(4);
    expect(listShareFiles(world, 'unknown.corp.internal', '/exports/sales')).toEqual([]);
    expect(fileShares(world).map((s) => s.ServerHostname)).toEqual([
      'nas.corp.internal',
      'nas2.corp.internal',
    ]);
    expect(fileShares(world)[0]!.lastModified).toBeLessThanOrEqual(world.clock.now);
    expect(world.clock.now - fileShares(world)[0]!.lastModified!).toBeLessThan(DAY);
  });
});
