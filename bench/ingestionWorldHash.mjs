// Determinism check for the ingestion benchmark: runs the scenario for N simulated days
// (default 2 and 30) and prints a SHA-256 of the whole world (objects with their bytes, ledger,
// event log, queue, counters, rng state), walked in key order as stored. Run before and after
// a performance change: the hashes must not move. `node bench/ingestionWorldHash.mjs 2 30`
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleForNode } from './bundle.mjs';

const file = bundleForNode(
  'bench/ingestionScenario.ts',
  resolve('bench/out/ingestion'),
  'ingestion',
);
const { setUpIngestion } = await import(pathToFileURL(file).href);

function feed(hash, value) {
  if (value === undefined) return hash.update('u;');
  if (value === null) return hash.update('n;');
  if (value instanceof Uint8Array) return hash.update(`b${value.length}:`).update(value);
  if (Array.isArray(value)) {
    hash.update(`[${value.length}:`);
    for (const item of value) feed(hash, item);
    return hash.update(']');
  }
  if (typeof value === 'object') {
    hash.update('{');
    for (const [k, v] of Object.entries(value)) {
      // An S3 object's ETag is derived from its bytes (objectEtag), no longer stored: skipped, so
      // hashes taken before and after that change compare.
      if (k === 'ETag' && value.Body instanceof Uint8Array) continue;
      hash.update(JSON.stringify(k));
      feed(hash, v);
    }
    return hash.update('}');
  }
  return hash.update(`${typeof value}:${String(value)};`);
}

for (const days of process.argv.slice(2).map(Number).length
  ? process.argv.slice(2).map(Number)
  : [2, 30]) {
  const engine = await setUpIngestion();
  await engine.clock.advance(days * 86_400_000);
  const hash = createHash('sha256');
  feed(hash, engine.world);
  const objects = engine.world.s3.buckets.raw?.objects ?? {};
  // The lake's bytes alone: a change that only adds service state moves the world hash, not this.
  const lake = createHash('sha256');
  feed(lake, objects);
  console.log(
    `${days} days: ${Object.keys(objects).length} objects ${lake.digest('hex').slice(0, 16)}…, log ${engine.world.log.length}, world ${hash.digest('hex')}`,
  );
}
