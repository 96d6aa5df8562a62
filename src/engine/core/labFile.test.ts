import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../index';
import { readLabFile, writeLabFile } from './labFile';

async function labWithBytes() {
  const engine = createEngine({ seed: 3 });
  await engine.call('s3', 'CreateBucket', { Bucket: 'raw-zone' });
  const bucket = engine.world.s3.buckets['raw-zone']!;
  // Put bytes directly: the file format must carry any byte array, whatever wrote it.
  bucket.objects['a.bin'] = { ...fakeObject('a.bin'), Body: new Uint8Array([0, 1, 2, 255]) };
  return engine;
}

function fakeObject(Key: string) {
  return {
    Key,
    Body: new Uint8Array(),
    LastModified: 0,
    Metadata: {},
    StorageClass: 'STANDARD' as const,
    ServerSideEncryption: 'AES256' as const,
    Tags: {},
    lastAccessed: 0,
    storageClassSince: 0,
  };
}

describe('lab file', () => {
  it('round-trips a world with object bytes exactly', async () => {
    const engine = await labWithBytes();
    const world = readLabFile(writeLabFile(engine.snapshot()));
    expect(world.s3.buckets['raw-zone']!.objects['a.bin']!.Body).toEqual(
      new Uint8Array([0, 1, 2, 255]),
    );
    expect(JSON.stringify({ ...world, s3: null })).toBe(
      JSON.stringify({ ...engine.snapshot(), s3: null }),
    );
  });

  it('refuses a file that is not a zip, naming what to choose instead', () => {
    expect(() => readLabFile(strToU8('hello'))).toThrow(/not a zip archive.*Export lab/);
  });

  it('refuses a zip from another application', () => {
    const zip = zipSync({
      'manifest.json': strToU8('{"app":"other"}'),
      'world.json': strToU8('{}'),
    });
    expect(() => readLabFile(zip)).toThrow(/does not name LakeLab/);
  });

  it('refuses a damaged world and names where', async () => {
    const zip = zipSync({
      'manifest.json': strToU8(
        JSON.stringify({ app: 'lakelab', formatVersion: 1, simulatedTime: 0 }),
      ),
      'world.json': strToU8(
        JSON.stringify({ ...(await labWithBytes()).snapshot(), s3: { buckets: 'nope' } }),
      ),
    });
    expect(() => readLabFile(zip)).toThrow(/damaged at s3\.buckets/);
  });

  it('refuses a newer format version', () => {
    const zip = zipSync({
      'manifest.json': strToU8(
        JSON.stringify({ app: 'lakelab', formatVersion: 99, simulatedTime: 0 }),
      ),
      'world.json': strToU8('{}'),
    });
    expect(() => readLabFile(zip)).toThrow(/format 99/);
  });
});
