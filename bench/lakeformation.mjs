// Lake Formation: (a) the access matrix for a principal over 200 tables × 20 columns with 100
// grants and 50 tag assignments (target ≤ 100 ms); (b) a permitted query's sandbox (column grant +
// row filter) against the same query unrestricted, both cold, on 1,000,000 rows (target: the
// sandbox adds ≤ 20 %). bench/lakeFormationScenario.ts is bundled with rolldown and run in Node.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleForNode } from './bundle.mjs';

const OUT = resolve('bench/out/lakeformation');
const MATRIX_TARGET_MS = 100;
const SANDBOX_OVERHEAD = 0.2;
const ROWS = 1_000_000;

const bundle = () => bundleForNode('bench/lakeFormationScenario.ts', OUT, 'lakeformation');

export async function benchLakeFormation() {
  const { benchAccessMatrix, benchSandbox } = await import(pathToFileURL(bundle()).href);
  const matrix = await benchAccessMatrix();
  const sandbox = await benchSandbox(ROWS);
  const overhead = sandbox.sandboxedMs / sandbox.unrestrictedMs - 1;
  return [
    {
      ok: matrix.ms <= MATRIX_TARGET_MS,
      name: `Lake Formation access matrix (${matrix.tables} tables × 20 columns, 100 grants, 50 tag assignments)`,
      value: `${matrix.ms.toFixed(1)} ms median of 5`,
      target: `≤ ${MATRIX_TARGET_MS} ms`,
    },
    {
      ok: overhead <= SANDBOX_OVERHEAD,
      name: `Athena query on ${ROWS.toLocaleString('en')} rows, cold: sandboxed (column grant + row filter) vs unrestricted`,
      value: `${Math.round(sandbox.sandboxedMs)} ms vs ${Math.round(sandbox.unrestrictedMs)} ms (${overhead >= 0 ? '+' : ''}${Math.round(overhead * 100)} %)`,
      target: `≤ +${SANDBOX_OVERHEAD * 100} %`,
    },
  ];
}

// `node bench/lakeformation.mjs`: these figures alone, without building the site.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  for (const r of await benchLakeFormation())
    console.log(`${r.ok ? 'ok  ' : 'MISS'}  ${r.name}: ${r.value} (target ${r.target})`);
