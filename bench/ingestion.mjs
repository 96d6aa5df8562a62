// Ingestion: 30 simulated days of a 50 events/s clickstream through Firehose with a 5-minute buffer
// (about 8,600 objects) plus a DMS CDC task, as one clock jump (target ≤ 5 s wall). The scenario
// (bench/ingestionScenario.ts) is bundled with rolldown and run in Node.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleForNode } from './bundle.mjs';

const OUT = resolve('bench/out/ingestion');
const DAYS = 30;
const TARGET_MS = 5000;

const bundle = () => bundleForNode('bench/ingestionScenario.ts', OUT, 'ingestion');

/** This thread's user + system CPU in ms (/proc, 10 ms ticks; GC helper threads not counted). */
function mainThreadCpuMs() {
  const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

export async function benchIngestion() {
  const { benchIngestion: run } = await import(pathToFileURL(bundle()).href);
  const result = await run(DAYS, mainThreadCpuMs);
  return [
    {
      ok: result.ms <= TARGET_MS,
      name: `${DAYS} days of a 50 events/s clickstream through Firehose (5-minute buffer) + DMS CDC, one clock jump (${result.firehoseObjects} Firehose objects, ${result.dmsObjects} DMS objects)`,
      value: `${Math.round(result.ms)} ms (main thread CPU ${Math.round(result.cpuMs)} ms)`,
      target: `≤ ${TARGET_MS} ms`,
    },
  ];
}

// `node bench/ingestion.mjs`: this figure alone, without building the site.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  for (const r of await benchIngestion())
    console.log(`${r.ok ? 'ok  ' : 'MISS'}  ${r.name}: ${r.value} (target ${r.target})`);
