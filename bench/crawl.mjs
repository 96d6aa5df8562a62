// Crawl 1,000 objects (CSV, JSON lines, Parquet under Hive-partitioned folders): the wall time of
// the clock advance that runs the crawl, in Node and in the browser. bench/crawlScenario.ts is
// bundled with rolldown (Vite's bundler) and run as is in both; the site exposes no hook for it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser, median } from './browser.mjs';

const TARGET_MS = 1000;
const RUNS = 3;

function bundle(format) {
  const out = join(mkdtempSync(join(tmpdir(), 'lakelab-crawl-')), `crawl.${format}.js`);
  execFileSync(
    'npx',
    [
      'rolldown',
      'bench/crawlScenario.ts',
      '--format',
      format,
      '--platform',
      'browser',
      '--name',
      'LakeLabCrawlBench',
      '--no-codeSplitting',
      '--file',
      out,
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  return out;
}

const row = (where, results) => {
  const ms = median(results.map((r) => r.crawlMs));
  const { objects, tables, partitions, state, listed } = results[0];
  console.error(`crawl bench (${where}): ${listed}`);
  return {
    ok: ms <= TARGET_MS && state === 'SUCCEEDED',
    name: `crawl ${objects} objects in ${where} (${tables} tables, ${partitions} partitions, ${state})`,
    value: `${Math.round(ms)} ms median of ${results.length}`,
    target: `≤ ${TARGET_MS} ms`,
  };
};

export async function benchCrawlNode() {
  const { runCrawlBench } = await import(pathToFileURL(bundle('esm')).href);
  const results = [];
  for (let i = 0; i < RUNS; i++) results.push(await runCrawlBench());
  return [row('Node', results)];
}

export async function benchCrawlBrowser(url) {
  const script = readFileSync(bundle('iife'), 'utf8');
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(url);
    await page.addScriptTag({ content: script });
    const results = [];
    for (let i = 0; i < RUNS; i++)
      results.push(await page.evaluate(() => window.LakeLabCrawlBench.runCrawlBench()));
    return [row('the browser', results)];
  } finally {
    await browser.close();
  }
}

// `node bench/crawl.mjs`: the Node figure alone, without building the site.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  for (const r of await benchCrawlNode())
    console.log(`${r.ok ? 'ok  ' : 'MISS'}  ${r.name}: ${r.value} (target ${r.target})`);
