// Bundles a benchmark scenario (TypeScript, importing src/) with rolldown, Vite's bundler, into one
// Node ES module; sql.js stays external so it resolves from node_modules and finds its wasm.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export function bundleForNode(entry, outDir, name) {
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `${name}.bundle.mjs`);
  execFileSync(
    'npx',
    [
      'rolldown',
      entry,
      '--format',
      'esm',
      '--platform',
      'node',
      '--external',
      'sql.js',
      '--no-codeSplitting',
      '--file',
      file,
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  return file;
}
