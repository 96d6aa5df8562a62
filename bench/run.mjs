// npm run bench: builds the site, serves it, and prints measured figures against targets.
import { execSync } from 'node:child_process';
import { benchShell } from './shell.mjs';
import { benchUpload } from './upload.mjs';
import { benchCatalog } from './catalog.mjs';
import { benchCrawlBrowser, benchCrawlNode } from './crawl.mjs';
import { benchAthena, benchAthenaBrowser } from './athena.mjs';
import { benchLakeFormation } from './lakeformation.mjs';
import { benchIngestion } from './ingestion.mjs';
import { benchCanvas } from './canvas.mjs';
import { servePreview } from './serve.mjs';

execSync('npx vite build', { stdio: 'inherit' });
const server = await servePreview();
const rows = [];
try {
  rows.push(...(await benchShell(server.url)));
  rows.push(...(await benchUpload(server.url)));
  rows.push(...(await benchCatalog(server.url)));
  rows.push(...(await benchCrawlNode()), ...(await benchCrawlBrowser(server.url)));
  rows.push(...(await benchAthena()), ...(await benchAthenaBrowser()));
  rows.push(...(await benchLakeFormation()));
  rows.push(...(await benchIngestion()));
  rows.push(...(await benchCanvas(server.url)));
} finally {
  server.stop();
}
console.log('\nLakeLab benchmarks');
for (const row of rows)
  console.log(`${row.ok ? 'ok  ' : 'MISS'}  ${row.name}: ${row.value} (target ${row.target})`);
